// DirectoryEngine: load with fallback, coalesced segment writes, compaction and pruning.
//
// [SECTION] File names
// [SECTION] Load
// [SECTION] Queue
// [SECTION] Flush, compaction, pruning
#include "core/storage/directory_engine.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <exception>
#include <map>
#include <utility>

#include "core/codec/json_text.hpp"

namespace opp::storage {

//-----------------------------------------------------------------------------
// [SECTION] File names
//-----------------------------------------------------------------------------

namespace {

constexpr std::string_view kSnapshotPrefix = "snapshot-";
constexpr std::string_view kJournalPrefix = "journal-";
constexpr std::string_view kSuffix = ".json";
constexpr std::string_view kTempSuffix = ".tmp";
constexpr std::string_view kAsidePrefix = "corrupt-";

std::string padded(std::uint64_t n) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%06llu", static_cast<unsigned long long>(n));
  return buffer;
}

std::string snapshot_name(std::uint64_t generation) {
  return std::string(kSnapshotPrefix) + padded(generation) + std::string(kSuffix);
}

std::string journal_name(std::uint64_t generation, std::uint64_t segment) {
  return std::string(kJournalPrefix) + padded(generation) + "-" + padded(segment) + std::string(kSuffix);
}

std::optional<std::uint64_t> parse_number(std::string_view digits) {
  if (digits.empty() || digits.size() > 18) return std::nullopt;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

struct ParsedName {
  bool is_snapshot = false;
  std::uint64_t generation = 0;
  std::uint64_t segment = 0;
};

std::optional<ParsedName> parse_name(std::string_view name) {
  if (!ends_with(name, kSuffix)) return std::nullopt;
  name.remove_suffix(kSuffix.size());
  if (starts_with(name, kSnapshotPrefix)) {
    const auto generation = parse_number(name.substr(kSnapshotPrefix.size()));
    if (!generation) return std::nullopt;
    return ParsedName{true, *generation, 0};
  }
  if (starts_with(name, kJournalPrefix)) {
    name.remove_prefix(kJournalPrefix.size());
    const auto dash = name.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const auto generation = parse_number(name.substr(0, dash));
    const auto segment = parse_number(name.substr(dash + 1));
    if (!generation || !segment) return std::nullopt;
    return ParsedName{false, *generation, *segment};
  }
  return std::nullopt;
}

// What a directory listing means to the engine.
struct Scan {
  std::map<std::uint64_t, std::string> snapshots;                                // generation → name
  std::map<std::uint64_t, std::map<std::uint64_t, std::string>> journals;        // generation → segment → name
  std::vector<std::string> temps;
  std::uint64_t highest_generation = 0;
  std::map<std::uint64_t, std::uint64_t> highest_segment;  // per generation, temps and set-aside files included
};

Scan scan(const std::vector<std::string>& names) {
  Scan result;
  for (const std::string& name : names) {
    std::string_view view = name;
    const bool temp = ends_with(view, kTempSuffix);
    if (temp) view.remove_suffix(kTempSuffix.size());
    const bool aside = starts_with(view, kAsidePrefix);
    if (aside) view.remove_prefix(kAsidePrefix.size());
    const auto parsed = parse_name(view);
    if (temp && (parsed || aside)) result.temps.push_back(name);
    if (!parsed) continue;
    // Every name ever used counts, so a new generation or segment never reuses one: IDBFS
    // compares mtimes at ms resolution and could miss a rewrite under an old name.
    result.highest_generation = std::max(result.highest_generation, parsed->generation);
    auto& highest_segment = result.highest_segment[parsed->generation];
    highest_segment = std::max(highest_segment, parsed->segment);
    if (temp || aside) continue;
    if (parsed->is_snapshot) {
      result.snapshots[parsed->generation] = name;
    } else {
      result.journals[parsed->generation][parsed->segment] = name;
    }
  }
  return result;
}

std::optional<std::string> accept_json(std::string_view text) {
  if (codec::is_json(text)) return std::nullopt;
  return std::string("not well-formed JSON");
}

}  // namespace

DirectoryEngine::DirectoryEngine(std::filesystem::path dir, EngineOptions options, FileSystem* fs)
    : dir_(std::move(dir)), options_(options), fs_(fs) {
  if (fs_ == nullptr) {
    owned_fs_ = std::make_unique<DiskFileSystem>();
    fs_ = owned_fs_.get();
  }
  if (options_.keep_generations == 0) options_.keep_generations = 1;
  if (options_.max_segments == 0) options_.max_segments = 1;
}

void DirectoryEngine::reset_state() {
  loaded_ = false;
  generation_ = 0;
  highest_generation_ = 0;
  next_segment_ = 1;
  segment_count_ = 0;
  journal_bytes_ = 0;
  new_generation_owed_ = false;
  compaction_due_ = false;
  pending_.clear();
  pending_snapshot_.reset();
  records_before_snapshot_ = 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Load
//-----------------------------------------------------------------------------

LoadResult DirectoryEngine::load(const LoadHandlers& handlers) {
  reset_state();
  LoadResult result;
  const auto accept_snapshot = handlers.snapshot
                                   ? handlers.snapshot
                                   : [](std::optional<std::string_view> text) -> std::optional<std::string> {
                                       return text ? accept_json(*text) : std::nullopt;
                                     };
  const auto accept_record = handlers.record ? handlers.record : accept_json;
  auto fail = [&result](std::string error) {
    result.status = LoadStatus::Failed;
    result.error = std::move(error);
    result.snapshot.reset();
    result.records.clear();
    return result;
  };

  const Listing listing = fs_->list(dir_);
  if (!listing.ok()) return fail(listing.error);
  const Scan files = scan(listing.names);

  // Candidate bases, newest first. Generation 0 starts from the empty store and has no file;
  // it is a candidate only while its journals exist (or nothing else does), so refused
  // snapshots never silently turn into an empty caseload.
  std::vector<std::uint64_t> candidates;
  for (auto it = files.snapshots.rbegin(); it != files.snapshots.rend(); ++it) candidates.push_back(it->first);
  const bool implicit_zero =
      !files.snapshots.count(0) && (files.snapshots.empty() || files.journals.count(0));
  if (implicit_zero) candidates.push_back(0);

  std::vector<std::string> set_aside;
  std::optional<std::uint64_t> base;
  for (const std::uint64_t generation : candidates) {
    const auto file = files.snapshots.find(generation);
    if (file == files.snapshots.end()) {
      if (const auto refusal = accept_snapshot(std::nullopt)) {
        result.warnings.push_back("empty generation 0 refused: " + *refusal);
        continue;
      }
      base = generation;
      break;
    }
    ReadResult read = fs_->read(dir_ / file->second);
    if (!read.ok() && !read.damaged) return fail(read.error);
    if (const auto refusal = read.damaged ? std::optional<std::string>(read.error) : accept_snapshot(*read.content)) {
      result.warnings.push_back(file->second + " refused (" + *refusal + "); falling back to the generation before it");
      set_aside.push_back(file->second);
      continue;
    }
    result.snapshot = std::move(read.content);
    base = generation;
    break;
  }
  if (!base) {
    std::string why = "no stored generation could be read";
    for (const std::string& warning : result.warnings) why += "; " + warning;
    return fail(why);
  }

  // Journals of refused generations describe changes on top of a snapshot we could not read:
  // set them aside with it, so nothing appends after them and nothing is lost.
  for (const auto& [generation, segments] : files.journals) {
    if (generation <= *base) continue;
    for (const auto& [segment, name] : segments) set_aside.push_back(name);
  }

  // Replay the base generation's segments in order, stopping at the first torn or refused
  // record: later records may depend on it, so applying them could build a state that never was.
  bool broken = false;
  std::size_t segments_skipped = 0;
  const auto segments = files.journals.find(*base);
  if (segments != files.journals.end()) {
    for (const auto& [segment, name] : segments->second) {
      ReadResult read = fs_->read(dir_ / name);
      if (!read.ok() && !read.damaged) return fail(read.error);
      const std::string text = read.content.value_or(std::string());
      ++segment_count_;
      journal_bytes_ += text.size();
      if (broken) {
        ++segments_skipped;
        unloaded_.push_back(name);
        continue;
      }
      if (read.damaged) {
        result.warnings.push_back(name + " " + read.error + "; it and later segments were not loaded");
        broken = true;
        unloaded_.push_back(name);
        continue;
      }
      if (text.empty()) {
        result.warnings.push_back(name + " is empty; it and later segments were not loaded");
        broken = true;
        unloaded_.push_back(name);
        continue;
      }
      std::size_t line_number = 0;
      for (std::size_t pos = 0; pos < text.size();) {
        ++line_number;
        const std::size_t newline = text.find('\n', pos);
        if (newline == std::string::npos) {
          result.warnings.push_back(name + " ends in a torn record (line " + std::to_string(line_number) +
                                    "); records before it were loaded, later ones were not");
          broken = true;
          unloaded_.push_back(name);
          break;
        }
        const std::string_view line(text.data() + pos, newline - pos);
        if (const auto refusal = accept_record(line)) {
          result.warnings.push_back(name + " line " + std::to_string(line_number) + " refused (" + *refusal +
                                    "); records before it were loaded, later ones were not");
          broken = true;
          unloaded_.push_back(name);
          break;
        }
        result.records.emplace_back(line);
        pos = newline + 1;
      }
    }
  }
  if (segments_skipped > 0) {
    result.warnings.push_back(std::to_string(segments_skipped) + " later journal segment(s) of generation " +
                              std::to_string(*base) + " were not loaded");
  }

  const bool nothing_stored = files.snapshots.empty() && files.journals.empty();
  result.status = nothing_stored                ? LoadStatus::Empty
                  : result.warnings.empty()     ? LoadStatus::Loaded
                                                : LoadStatus::Recovered;
  result.generation = *base;

  generation_ = *base;
  highest_generation_ = files.highest_generation;
  const auto highest_segment = files.highest_segment.find(*base);
  next_segment_ = (highest_segment == files.highest_segment.end() ? 0 : highest_segment->second) + 1;
  // After any recovery the next flush starts a fresh generation from the state in memory, so
  // nothing is appended behind a torn segment or onto a generation that was a fallback.
  new_generation_owed_ = result.status == LoadStatus::Recovered;
  loaded_ = true;

  // Only now, with a usable state in hand, may files change (see the IDBFS note in the header).
  for (const std::string& name : files.temps) {
    const IoStatus removed = fs_->remove(dir_ / name);
    if (!removed.ok()) result.warnings.push_back("could not remove leftover " + name + ": " + removed.error);
  }
  for (const std::string& name : set_aside) {
    const IoStatus renamed = fs_->rename(dir_ / name, dir_ / (std::string(kAsidePrefix) + name));
    if (!renamed.ok()) result.warnings.push_back("could not set aside " + name + ": " + renamed.error);
  }
  return result;
}

std::optional<std::string> DirectoryEngine::read_side_file(const std::string& name) const {
  if (!loaded_ || parse_name(name)) return std::nullopt;
  ReadResult read = fs_->read(dir_ / name);
  if (!read.ok()) return std::nullopt;
  return std::move(read.content);
}

std::string DirectoryEngine::write_side_file(const std::string& name, std::string_view data) {
  if (!loaded_) return "storage is not loaded; nothing may be written before a successful load";
  if (parse_name(name) || starts_with(name, kAsidePrefix)) return "not a side file name: " + name;
  return write_atomic(name, data).error;
}

//-----------------------------------------------------------------------------
// [SECTION] Queue
//-----------------------------------------------------------------------------

std::string DirectoryEngine::enqueue(std::string record) {
  if (!loaded_) return "storage is not loaded; nothing may be written before a successful load";
  if (record.find('\n') != std::string::npos) return "a journal record must be a single line";
  pending_.push_back(std::move(record));
  return {};
}

std::string DirectoryEngine::enqueue_snapshot(std::string snapshot) {
  if (!loaded_) return "storage is not loaded; nothing may be written before a successful load";
  if (pending_snapshot_) {
    pending_.resize(records_before_snapshot_);
  } else {
    records_before_snapshot_ = pending_.size();
  }
  pending_snapshot_ = std::move(snapshot);
  return {};
}

bool DirectoryEngine::has_pending() const {
  if (!loaded_) return false;
  // A full generation is work for the next flush, unless compaction is deferred to compact().
  const bool full = segment_count_ >= options_.max_segments || journal_bytes_ >= options_.max_journal_bytes;
  return !pending_.empty() || pending_snapshot_.has_value() || new_generation_owed_ ||
         (full && !options_.defer_compaction);
}

//-----------------------------------------------------------------------------
// [SECTION] Flush, compaction, pruning
//-----------------------------------------------------------------------------

DirectoryEngine::Written DirectoryEngine::write_atomic(const std::string& name, std::string_view data) {
  // Temp name + rename: natively a crash leaves either no file or the whole file under the
  // final name; a leftover temp is ignored by load. (Under IDBFS a whole flush is then stored
  // in one IndexedDB transaction by the platform's syncfs.)
  const IoStatus dir_ready = fs_->create_directories(dir_);
  if (!dir_ready.ok()) return {dir_ready.error, 0};
  const std::filesystem::path final_path = dir_ / name;
  const std::filesystem::path temp_path = dir_ / (name + std::string(kTempSuffix));
  const IoStatus written = fs_->write(temp_path, data);
  if (!written.ok()) {
    (void)fs_->remove(temp_path);
    return {written.error, 0};
  }
  const IoStatus renamed = fs_->rename(temp_path, final_path);
  if (!renamed.ok()) {
    (void)fs_->remove(temp_path);
    return {renamed.error, 0};
  }
  return {{}, data.size()};
}

std::string DirectoryEngine::write_segment(const std::vector<std::string>& records, std::size_t from,
                                           std::size_t to, FlushResult& result) {
  std::string data;
  for (std::size_t i = from; i < to; ++i) {
    data += records[i];
    data += '\n';
  }
  // The segment number advances even on failure: names are never reused.
  const Written written = write_atomic(journal_name(generation_, next_segment_++), data);
  if (!written.error.empty()) return written.error;
  ++segment_count_;
  journal_bytes_ += written.bytes;
  ++result.files_written;
  result.bytes_written += written.bytes;
  return {};
}

std::filesystem::path DirectoryEngine::next_snapshot_path() const { return dir_ / snapshot_name(highest_generation_ + 1); }

std::string DirectoryEngine::write_snapshot(std::string_view snapshot, FlushResult& result) {
  const std::uint64_t generation = ++highest_generation_;
  const Written written = write_atomic(snapshot_name(generation), snapshot);
  if (!written.error.empty()) return written.error;
  start_generation(generation, written.bytes, result);
  return {};
}

void DirectoryEngine::start_generation(std::uint64_t generation, std::uint64_t snapshot_bytes, FlushResult& result) {
  generation_ = generation;
  next_segment_ = 1;
  segment_count_ = 0;
  journal_bytes_ = 0;
  new_generation_owed_ = false;
  compaction_due_ = false;
  result.new_generation = true;
  ++result.files_written;
  result.bytes_written += snapshot_bytes;
}

std::string DirectoryEngine::compaction_refusal() const {
  if (!loaded_) return "storage is not loaded; nothing may be written before a successful load";
  if (has_pending()) return "records are queued: flush them before a compaction snapshot";
  return {};
}

FlushResult DirectoryEngine::flush(const std::function<std::string()>& snapshot_now) {
  FlushResult result;
  if (!loaded_) {
    result.error = "storage is not loaded; nothing may be written before a successful load";
    return result;
  }
  if (!has_pending()) return result;

  // An import: finish the old generation, then the imported snapshot starts a new one.
  if (pending_snapshot_) {
    if (records_before_snapshot_ > 0 && !new_generation_owed_) {
      result.error = write_segment(pending_, 0, records_before_snapshot_, result);
      if (!result.ok()) return result;
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(records_before_snapshot_));
    records_before_snapshot_ = 0;
    result.error = write_snapshot(*pending_snapshot_, result);
    if (!result.ok()) return result;
    pending_snapshot_.reset();
  }

  // After a recovery the old chain is not appended to: the snapshot below carries the queued
  // records. Otherwise they go into one segment — the only write of an ordinary save.
  if (!pending_.empty() && !new_generation_owed_) {
    result.error = write_segment(pending_, 0, pending_.size(), result);
    if (!result.ok()) return result;
    pending_.clear();
  }

  const bool compaction_due = new_generation_owed_ || segment_count_ >= options_.max_segments ||
                              journal_bytes_ >= options_.max_journal_bytes;
  if (compaction_due && options_.defer_compaction && !new_generation_owed_) {
    // The caller builds the snapshot over several frames and hands it to compact(); until then
    // segments keep going into this generation.
    compaction_due_ = true;
  } else if (compaction_due) {
    if (!snapshot_now) {
      result.error = "a new generation is due but no snapshot source was given";
      return result;
    }
    // Written after the segment, so the generation it closes is complete on its own and a
    // later fallback to it restores everything up to this point.
    std::string snapshot;
    try {
      snapshot = snapshot_now();
    } catch (const std::exception& e) {  // e.g. out of memory: an error value, never a throw into the UI
      result.error = std::string("could not serialise the store: ") + e.what();
      return result;
    }
    result.error = write_snapshot(snapshot, result);
    if (!result.ok()) return result;
    pending_.clear();  // only non-empty after a recovery; the snapshot includes them
  }
  if (result.new_generation) {
    set_aside_unloaded();
    prune();
  }
  return result;
}

FlushResult DirectoryEngine::compact(std::string_view snapshot) {
  FlushResult result;
  result.error = compaction_refusal();
  if (!result.ok()) return result;
  result.error = write_snapshot(snapshot, result);
  if (!result.ok()) return result;
  set_aside_unloaded();
  prune();
  return result;
}

FlushResult DirectoryEngine::compact_slice(std::uint64_t offset, std::string_view slice, std::uint64_t total) {
  FlushResult result;
  result.error = compaction_refusal();
  if (!result.ok()) return result;
  const std::string name = snapshot_name(highest_generation_ + 1);
  const std::filesystem::path temp_path = dir_ / (name + std::string(kTempSuffix));
  if (offset == 0) {
    const IoStatus dir_ready = fs_->create_directories(dir_);
    if (!dir_ready.ok()) {
      result.error = dir_ready.error;
      return result;
    }
  }
  const IoStatus written = fs_->write_prepared_slice(temp_path, offset, slice, total);
  if (!written.ok()) {
    (void)fs_->remove(temp_path);
    result.error = written.error;
    return result;
  }
  if (offset + slice.size() < total) return result;
  const IoStatus renamed = fs_->rename(temp_path, dir_ / name);
  if (!renamed.ok()) {
    (void)fs_->remove(temp_path);
    result.error = renamed.error;
    return result;
  }
  start_generation(++highest_generation_, total, result);
  set_aside_unloaded();
  prune();
  return result;
}

// The new generation now holds everything loaded from the unloaded segments: keep their bytes
// under the set-aside prefix, which prune never touches. A rename that fails is tried again at
// the next new generation (prune skips what is still listed here).
void DirectoryEngine::set_aside_unloaded() {
  std::vector<std::string> left;
  for (const std::string& name : unloaded_) {
    if (!fs_->rename(dir_ / name, dir_ / (std::string(kAsidePrefix) + name)).ok()) left.push_back(name);
  }
  unloaded_ = std::move(left);
}

// Keeps the newest `keep_generations` snapshots WITH all their journals, so every kept
// generation can still be restored to its full state (that is what load falls back to when
// the newest snapshot is refused). Older snapshots and journals are deleted, which bounds the
// file count at about keep_generations * (max_segments + 1) — IDBFS walks every file per sync.
// Works from a fresh listing, so deletions a crash interrupted are finished by the next prune.
void DirectoryEngine::prune() {
  const Listing listing = fs_->list(dir_);
  if (!listing.ok()) return;
  const Scan files = scan(listing.names);
  std::vector<std::uint64_t> generations{0};  // generation 0 needs no snapshot file
  for (const auto& [generation, name] : files.snapshots) {
    if (generation != 0) generations.push_back(generation);
  }
  std::sort(generations.rbegin(), generations.rend());
  if (generations.size() <= options_.keep_generations) return;
  const std::uint64_t oldest_kept = generations[options_.keep_generations - 1];
  for (const auto& [generation, name] : files.snapshots) {
    if (generation < oldest_kept) (void)fs_->remove(dir_ / name);
  }
  for (const auto& [generation, segments] : files.journals) {
    if (generation >= oldest_kept) continue;
    for (const auto& [segment, name] : segments) {
      if (std::find(unloaded_.begin(), unloaded_.end(), name) != unloaded_.end()) continue;
      (void)fs_->remove(dir_ / name);
    }
  }
}

}  // namespace opp::storage

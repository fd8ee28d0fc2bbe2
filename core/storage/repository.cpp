// Repository: decodes what the engine loads into a Store, and turns commits and imports into writes.
#include "core/storage/repository.hpp"

#include <algorithm>
#include <new>
#include <utility>

#include "core/codec/json_text.hpp"

namespace opp::storage {
namespace {

// SplitMix64: only the fallback when no random source is given (tests, native tools).
std::uint64_t split_mix(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::optional<DeviceId> parse_device_file(const std::string& text) {
  const codec::Json json = codec::parse_json(text);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  const auto device = json.find("device");
  if (device == json.end() || !device->is_number_unsigned()) return std::nullopt;
  const std::uint64_t value = device->get<std::uint64_t>();
  if (value == kLegacyDevice || value > kMaxDevice) return std::nullopt;
  return static_cast<DeviceId>(value);
}

bool valid_draft_name(const std::string& name) {
  return !name.empty() && name.size() <= 40 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string draft_file(const std::string& name) { return "draft-" + name + ".json"; }

}  // namespace

std::string compressed_snapshot(const Store& store) {
  SnapshotEncoder encoder(store);
  while (!encoder.step(4096)) {
  }
  return encoder.finish();
}

// A stored snapshot read back: decompressed, or as it is (the plain JSON earlier versions wrote).
Decoded<Store> decode_snapshot(std::string_view bytes) {
  if (!is_compressed(bytes)) return from_backup_json(bytes);
  std::optional<std::string> text = decompress(bytes);
  if (!text) {
    Decoded<Store> damaged;
    damaged.error = DecodeError{"import.error.invalid", "the compressed snapshot is damaged"};
    return damaged;
  }
  return from_backup_json(*text);
}

Repository::Repository(std::filesystem::path dir, const Clock& clock, EngineOptions options, FileSystem* fs,
                       std::function<std::uint64_t()> random)
    : engine_(std::move(dir), options, fs), clock_(&clock), random_(std::move(random)) {}

LoadStatus Repository::open() {
  // The handlers build the store while the engine reads, so a 10,000-person snapshot is parsed
  // once; a refused snapshot makes the engine try the one before, which resets `loading`.
  Store loading;
  std::vector<std::string> drift;
  LoadHandlers handlers;
  handlers.snapshot = [&](std::optional<std::string_view> text) -> std::optional<std::string> {
    drift.clear();
    if (!text) {
      loading = Store{};
      return std::nullopt;
    }
    Decoded<Store> decoded = decode_snapshot(*text);
    if (!decoded.ok()) return decoded.error.message_key + ": " + decoded.error.detail;
    loading = std::move(*decoded.value);
    return std::nullopt;
  };
  Hlc newest_refused;
  handlers.record = [&](std::string_view line) -> std::optional<std::string> {
    JournalExtras extras;
    const Decoded<CommandRecord> decoded = from_journal_json(line, extras);
    if (!decoded.ok()) return decoded.error.message_key + ": " + decoded.error.detail;
    // A merged change: its device's ids are used up whether it was applied or refused.
    const auto use_ids = [&] {
      if (extras.ids_after) raise_counter(loading.id_counters, decoded.value->device, *extras.ids_after);
    };
    if (!extras.refused.empty()) {  // the merge refused it: kept in the journal, not applied
      use_ids();
      newest_refused = std::max(newest_refused, decoded.value->clock);
      return std::nullopt;
    }
    const ReplayResult replayed = replay(loading, *decoded.value);
    if (!replayed.applied) {
      const FieldError& why = replayed.refused.front();
      return "the change refers to something that does not exist (" + why.field + ": " + why.message_key + ")";
    }
    use_ids();
    for (const FieldError& e : replayed.drift) {
      drift.push_back(command_type_name(decoded.value->command) + " #" + std::to_string(decoded.value->seq) + ": " +
                      e.field + " " + e.message_key);
    }
    return std::nullopt;
  };

  LoadResult loaded;
  try {
    loaded = engine_.load(handlers);
  } catch (const std::bad_alloc&) {
    // Not a damaged file: the browser gave no more memory. Nothing is read, so nothing stored
    // is touched (an older snapshot is not tried: it would hide the newer data).
    loading = Store{};
    loaded.status = LoadStatus::Failed;
    loaded.error = "out of memory: the stored data is larger than the memory the browser gives the app";
  }
  status_ = loaded.status;
  warnings_ = std::move(loaded.warnings);
  error_ = std::move(loaded.error);
  store_ = loaded.status == LoadStatus::Failed ? Store{} : std::move(loading);
  drift_ = loaded.status == LoadStatus::Failed ? std::vector<std::string>{} : std::move(drift);
  last_clock_ = loaded.status == LoadStatus::Failed ? Hlc{} : newest_refused;
  for (const AuditEntry& entry : store_.audit) last_clock_ = std::max(last_clock_, entry.clock);
  if (writable()) open_device();
  ++version_;
  return status_;
}

// The device number is drawn once per data directory and kept beside the data: a device that
// lost it (a failed write) draws a new one, which is safe because every device's counter lives
// in the store.
void Repository::open_device() {
  if (const auto text = engine_.read_side_file(kDeviceFile)) {
    if (const auto device = parse_device_file(*text)) {
      device_ = *device;
      return;
    }
  }
  std::uint64_t draw = 0;
  if (random_) {
    draw = random_();
  } else {
    std::uint64_t state = static_cast<std::uint64_t>(clock_->now().ms_since_epoch);
    draw = split_mix(state);
  }
  device_ = static_cast<DeviceId>(draw % kMaxDevice) + 1;
  const std::string written = engine_.write_side_file(kDeviceFile, codec::Json{{"device", device_}}.dump());
  if (!written.empty()) warnings_.push_back("could not keep the device number: " + written);
}

Hlc Repository::next_clock(Timestamp now) {
  last_clock_ = hlc_tick(last_clock_, now.ms_since_epoch);
  return last_clock_;
}

CommandResult Repository::commit(const Command& command, const std::string& author) {
  if (!writable()) {
    CommandResult refused;
    refused.errors.push_back(FieldError{"", kErrorNotLoaded});
    return refused;
  }
  // One reading of the clock for both the record's time and its hybrid clock.
  const Timestamp now = clock_->now();
  CommandResult result = execute(store_, command, author, now, device_, next_clock(now));
  if (result.ok() && result.record) {
    ++version_;
    const std::string queued = engine_.enqueue(to_journal_json(*result.record));
    // Cannot happen with the codec's single-line JSON; if it did, the change is in memory only
    // and the caller must hear about it.
    if (!queued.empty()) result.errors.push_back(FieldError{"", kErrorNotQueued});
    if (listener_) listener_(*result.record);
  }
  return result;
}

ReplayResult Repository::apply_merged(const CommandRecord& record, std::uint32_t ids_after) {
  ReplayResult result;
  if (!writable()) {
    result.refused.push_back(FieldError{"", kErrorNotLoaded});
    return result;
  }
  result = replay(store_, record, ReplayJudgement::Merge);
  raise_counter(store_.id_counters, record.device, ids_after);
  last_clock_ = hlc_receive(last_clock_, record.clock, clock_->now().ms_since_epoch);
  JournalExtras extras;
  extras.ids_after = ids_after;
  if (!result.applied) extras.refused = result.refused;
  const std::string queued = engine_.enqueue(to_journal_json(record, extras));
  if (!queued.empty()) result.drift.push_back(FieldError{"", kErrorNotQueued});
  ++version_;
  return result;
}

void Repository::replace_merged(Store merged) {
  if (!writable()) return;
  for (const AuditEntry& entry : merged.audit) last_clock_ = std::max(last_clock_, entry.clock);
  engine_.enqueue_snapshot(compressed_snapshot(merged));
  store_ = std::move(merged);
  ++version_;
}

FlushResult Repository::flush() {
  // Before a load the engine refuses with its message; with only drafts to write it is skipped.
  FlushResult result = engine_.has_pending() || !writable() ? engine_.flush([this] { return compressed_snapshot(store_); }) : FlushResult{};
  if (!result.ok()) return result;
  for (auto it = dirty_drafts_.begin(); it != dirty_drafts_.end();) {
    const std::string& text = drafts_[*it];
    const std::string error = engine_.write_side_file(draft_file(*it), text);
    if (!error.empty()) {
      result.error = error;  // kept dirty: the next flush tries again
      return result;
    }
    ++result.files_written;
    result.bytes_written += text.size();
    it = dirty_drafts_.erase(it);
  }
  return result;
}

FlushResult Repository::compact_step(std::size_t records) {
  auto restart = [this] {
    encoder_.reset();
    preparing_.reset();
    prepared_.reset();
    prepared_written_ = 0;
  };
  if (!engine_.compaction_due()) {
    restart();
    return {};
  }
  if (engine_.has_pending()) return {};  // the next flush writes them first
  const bool busy = encoder_ || preparing_ || prepared_;
  if (busy && (compact_version_ != version_ || engine_.next_snapshot_path() != preparing_path_)) restart();
  if (!encoder_ && !preparing_ && !prepared_) {
    encoder_ = std::make_unique<SnapshotEncoder>(store_);
    compact_version_ = version_;
    preparing_path_ = engine_.next_snapshot_path();
  }
  if (encoder_) {  // 1. the snapshot's text
    if (!encoder_->step(records)) return {};
    std::string snapshot = encoder_->finish();
    encoder_.reset();
    preparing_ = engine_.file_system().prepare(preparing_path_, snapshot);
    if (!preparing_) return engine_.compact(snapshot);  // a plain disk: written as it is, at once
    return {};
  }
  if (preparing_) {  // 2. its file bytes (sealed)
    if (!preparing_->step(records * 1024)) return {};
    prepared_ = preparing_->take();
    preparing_.reset();
    prepared_written_ = 0;
    return {};
  }
  // 3. written a slice at a time; the last slice makes it the new generation.
  const std::uint64_t total = prepared_->size();
  const auto slice = static_cast<std::size_t>(
      std::min<std::uint64_t>(std::max<std::size_t>(records, 1) * 4096, total - prepared_written_));
  FlushResult result = engine_.compact_slice(
      prepared_written_, std::string_view(*prepared_).substr(static_cast<std::size_t>(prepared_written_), slice), total);
  if (!result.ok()) {
    restart();
    return result;
  }
  prepared_written_ += slice;
  if (result.new_generation) restart();
  return result;
}

std::optional<std::string> Repository::draft(const std::string& name) const {
  const auto it = drafts_.find(name);
  if (it != drafts_.end()) return it->second.empty() ? std::nullopt : std::optional<std::string>(it->second);
  auto text = engine_.read_side_file(draft_file(name));
  if (!text || text->empty()) return std::nullopt;
  return text;
}

void Repository::set_draft(const std::string& name, std::string text) {
  if (!writable() || !valid_draft_name(name)) return;
  if (const auto it = drafts_.find(name); it != drafts_.end() && it->second == text) return;
  drafts_[name] = std::move(text);
  dirty_drafts_.insert(name);
}

std::optional<DraftFields> Repository::draft_fields(const std::string& name) const {
  const std::optional<std::string> text = draft(name);
  return text ? draft_from_json(*text) : std::nullopt;
}

void Repository::set_draft_fields(const std::string& name, const DraftFields& fields) {
  set_draft(name, fields.empty() ? std::string() : draft_to_json(fields));
}

void Repository::discard_drafts() {
  if (!writable()) return;
  constexpr std::string_view kPrefix = "draft-", kSuffix = ".json";
  for (const std::string& file : engine_.file_system().list(engine_.directory()).names) {
    if (file.size() <= kPrefix.size() + kSuffix.size() || !file.starts_with(kPrefix) || !file.ends_with(kSuffix)) continue;
    set_draft(file.substr(kPrefix.size(), file.size() - kPrefix.size() - kSuffix.size()), "");
  }
  for (auto& [name, text] : drafts_) set_draft(name, "");
}

std::string Repository::export_backup() const { return to_backup_json(store_); }

std::string Repository::export_backup(const std::string& author) const {
  return to_backup_json(store_, BackupOrigin{clock_->now(), author, device_});
}

BackupPreview Repository::preview_backup(std::string_view json) {
  BackupPreview preview;
  if (json.size() > kMaxBackupBytes) {
    preview.error = DecodeError{"import.error.too_large", std::to_string(json.size()) + " bytes"};
    return preview;
  }
  Decoded<Store> decoded;
  try {
    decoded = from_backup_json(json, &preview.made);
  } catch (const std::bad_alloc&) {
    decoded.error = DecodeError{kErrorOutOfMemory, std::to_string(json.size()) + " bytes"};
  }
  if (!decoded.ok()) {
    preview.error = std::move(decoded.error);
    preview.made.reset();
  } else {
    preview.store = std::move(decoded.value);
    for (const AuditEntry& entry : preview.store->audit) {
      if (!preview.last_change || entry.at > *preview.last_change) preview.last_change = entry.at;
    }
  }
  return preview;
}

ImportResult Repository::import_backup(std::string_view json, const std::string& author,
                                       std::string_view file_name) {
  ImportResult result;
  if (!writable()) {
    result.error = DecodeError{kErrorNotLoaded, error_};
    return result;
  }
  Decoded<Store> decoded = from_backup_json(json);
  if (!decoded.ok()) {
    result.error = decoded.error;
    return result;
  }
  return import_store(std::move(*decoded.value), author, file_name);
}

ImportResult Repository::import_store(Store imported, const std::string& author, std::string_view file_name) {
  ImportResult result;
  if (!writable()) {
    result.error = DecodeError{kErrorNotLoaded, error_};
    return result;
  }
  // The restore itself goes into the (imported) audit trail before the snapshot is made.
  const std::size_t persons = imported.persons.size();
  RestoreBackup restore;
  restore.file_name = std::string(file_name);
  restore.persons = static_cast<int>(persons);
  for (const AuditEntry& entry : imported.audit) last_clock_ = std::max(last_clock_, entry.clock);
  const Timestamp now = clock_->now();
  const CommandResult recorded = execute(imported, Command{restore}, author, now, device_, next_clock(now));
  if (!recorded.ok()) {
    result.error = DecodeError{"import.error.invalid", recorded.errors.front().field};
    return result;
  }

  try {
    // Never queue a snapshot the next start-up could not read back. What is read back becomes
    // the store, so only one copy of a large caseload is in memory beside the snapshot's text.
    std::string snapshot = compressed_snapshot(imported);
    imported = Store{};
    Decoded<Store> check = decode_snapshot(snapshot);
    if (!check.ok()) {
      result.error = DecodeError{kErrorImportUnreadable, check.error.detail};
      return result;
    }
    const std::string queued = engine_.enqueue_snapshot(std::move(snapshot));
    if (!queued.empty()) {
      result.error = DecodeError{kErrorNotLoaded, queued};
      return result;
    }
    store_ = std::move(*check.value);
  } catch (const std::bad_alloc&) {  // the store in use is untouched
    result.error = DecodeError{kErrorOutOfMemory, std::to_string(persons) + " persons"};
    return result;
  }
  ++version_;
  return result;
}

}  // namespace opp::storage

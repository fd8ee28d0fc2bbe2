// The storage engine: snapshots plus JSON-lines journal segments in one directory, opaque strings only.
//
// Layout of the directory (G = generation, S = segment, both zero-padded to 6 digits):
//   snapshot-G.json      the whole store when generation G began (generation 0 has none: empty)
//   journal-G-S.json     records committed during generation G, one JSON document per line
//   *.tmp                a write in progress; a crash can leave one, load ignores it
//   corrupt-<name>       a file a recovering load refused; set aside, never deleted
//   device.json          this device's number (side files: read_side_file / write_side_file)
// Other files are ignored and never touched.
//
// Why it is shaped like this (see docs/ARCHITECTURE.md and docs/PLATFORM_NOTES.md "How IDBFS saves"):
// - IDBFS deletes every stored file that is missing from memory when it syncs, so nothing is
//   written until load() has succeeded.
// - IDBFS notices changes by mtime (ms resolution) and stores a changed file whole, so every
//   write goes to a NEW file name and the file written per save is small (one segment).
// - A sync walks every file, so compaction keeps the number of files bounded.
// - Natively, each file is written under a temp name, fsynced and renamed, so a crash at any
//   point leaves the old state or the new one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/file_system.hpp"

namespace opp::storage {

struct EngineOptions {
  // Compaction: the flush whose segment brings the current generation to this many segments or
  // this many journal bytes also writes a snapshot, which starts a new generation. A snapshot costs the whole
  // caseload (10,000 persons: ~3 MB, ~0.1 s natively), so it is rare: amortised over 256 saves
  // it adds ~13 kB and ~0.5 ms per save (scripts/bench.sh), while the file count IDBFS walks
  // on every sync stays below keep_generations × 257.
  std::size_t max_segments = 256;
  std::uint64_t max_journal_bytes = std::uint64_t{4} * 1024 * 1024;
  // Snapshots kept (the current one included); older snapshots and their journals are deleted.
  std::size_t keep_generations = 3;
  // When set, a due compaction is not done inside flush(): compaction_due() turns true and the
  // caller serialises the store over several frames, then calls compact() (the web app: no
  // frame may stall while a 10,000-person store is written). Recoveries and imports still
  // write their snapshot in the flush.
  bool defer_compaction = false;
};

enum class LoadStatus {
  Empty,      // nothing stored yet (first run): an empty store, writable
  Loaded,     // the newest generation loaded completely
  Recovered,  // loaded, but something was skipped: see warnings; the next flush writes a new generation
  Failed,     // nothing usable could be read safely: not writable, nothing touched
};

// Validators for load(). Each returns std::nullopt to accept, or why it refuses. The snapshot
// validator gets std::nullopt for the empty generation 0. They may build the caller's state as
// a side effect (the repository decodes and replays here, so the snapshot is parsed only once);
// a refused snapshot is followed by a call for the next older one, so it must reset that state.
struct LoadHandlers {
  std::function<std::optional<std::string>(std::optional<std::string_view>)> snapshot;
  std::function<std::optional<std::string>(std::string_view)> record;
};

struct LoadResult {
  LoadStatus status = LoadStatus::Failed;
  std::optional<std::string> snapshot;  // the accepted snapshot; nullopt for generation 0
  std::vector<std::string> records;     // the accepted records after it, in commit order
  std::uint64_t generation = 0;         // the generation loaded
  std::vector<std::string> warnings;    // what was skipped or set aside (Recovered)
  std::string error;                    // why it failed (Failed)
};

struct FlushResult {
  std::string error;                  // empty when everything queued was written
  std::size_t files_written = 0;      // new files put in place by this flush
  std::uint64_t bytes_written = 0;    // their total size
  bool new_generation = false;        // a snapshot was written (compaction, recovery or import)
  bool ok() const { return error.empty(); }
};

class DirectoryEngine {
 public:
  // `fs` defaults to the real disk; it must outlive the engine.
  explicit DirectoryEngine(std::filesystem::path dir, EngineOptions options = {}, FileSystem* fs = nullptr);

  // Reads the newest generation that the handlers accept (default handlers: well-formed JSON).
  // Only after success does it touch files: temp files are removed and refused files are set
  // aside as corrupt-<name>. May be called again; anything still queued is dropped.
  LoadResult load(const LoadHandlers& handlers = {});
  bool loaded() const { return loaded_; }

  // Queues one record (a single line of JSON, no '\n'). Refused before a successful load.
  // Records are written by the next flush().
  std::string enqueue(std::string record);

  // Queues a whole new generation (an import): records queued before it are written to the
  // current generation first, records queued after it go into the new one. A second call
  // before flush replaces the first, dropping the records queued in between (they changed a
  // store the new snapshot replaces wholesale).
  std::string enqueue_snapshot(std::string snapshot);

  // True when flush() has something to write. The platform calls flush() only while no
  // FS.syncfs is in flight, because IDBFS reads file contents when its transaction runs.
  bool has_pending() const;
  std::size_t pending_records() const { return pending_.size(); }

  // Writes everything queued as ONE new segment; then, if the generation is full (or owed
  // after a recovery), a snapshot from `snapshot_now` (the store as it is now, queued records
  // included) starts a new generation and old generations are pruned. Without compaction the
  // cost is one small file, whatever the size of the store.
  FlushResult flush(const std::function<std::string()>& snapshot_now);

  // With EngineOptions::defer_compaction: a new generation is due (see compact()).
  bool compaction_due() const { return compaction_due_; }
  // Asks for a compaction at the next opportunity, as if the generation were full.
  void request_compaction() {
    if (loaded_) compaction_due_ = true;
  }
  // Writes `snapshot` (the store as of the last record flushed; nothing may be queued) as a new
  // generation and prunes old ones: the deferred half of a flush, on a file system that does not
  // prepare its bytes (prepared bytes are written by compact_slice).
  FlushResult compact(std::string_view snapshot);
  // The same for prepared bytes written a slice per call (a 30 MB file is too much to copy in one
  // frame): slices go to the temporary file of next_snapshot_path(); the call whose slice reaches
  // `total` renames it into place as the new generation and prunes (new_generation is then set).
  FlushResult compact_slice(std::uint64_t offset, std::string_view slice, std::uint64_t total);
  // Where the next snapshot goes, by compact() or compact_slice() (a prepared snapshot is made for this name).
  std::filesystem::path next_snapshot_path() const;
  FileSystem& file_system() const { return *fs_; }

  // Small files beside the data that are not part of a generation (device.json). Reading needs a
  // successful load first, like writing: before it the directory may not hold what is stored.
  std::optional<std::string> read_side_file(const std::string& name) const;
  std::string write_side_file(const std::string& name, std::string_view data);

  std::uint64_t generation() const { return generation_; }
  std::size_t segments_in_generation() const { return segment_count_; }
  const std::filesystem::path& directory() const { return dir_; }

 private:
  struct Written {
    std::string error;
    std::uint64_t bytes = 0;
  };
  Written write_atomic(const std::string& name, std::string_view data);
  std::string write_segment(const std::vector<std::string>& records, std::size_t from, std::size_t to,
                            FlushResult& result);
  std::string write_snapshot(std::string_view snapshot, FlushResult& result);
  // The bookkeeping of a snapshot just written as `generation`: a fresh journal begins.
  void start_generation(std::uint64_t generation, std::uint64_t snapshot_bytes, FlushResult& result);
  // Why no compaction snapshot may be written now ("" when it may).
  std::string compaction_refusal() const;
  void prune();
  void set_aside_unloaded();
  void reset_state();

  std::filesystem::path dir_;
  EngineOptions options_;
  std::unique_ptr<FileSystem> owned_fs_;
  FileSystem* fs_ = nullptr;

  bool loaded_ = false;
  std::uint64_t generation_ = 0;      // the generation new segments belong to
  std::uint64_t highest_generation_ = 0;  // highest generation number ever seen, so names are never reused
  std::uint64_t next_segment_ = 1;
  std::size_t segment_count_ = 0;
  std::uint64_t journal_bytes_ = 0;
  bool new_generation_owed_ = false;  // after a recovery: stop appending to a broken chain
  bool compaction_due_ = false;       // deferred compaction waiting for compact()
  // The base generation's segments load could not (wholly) read: the torn or refused one and
  // every later one. Set aside (corrupt-…) once the new generation holds what was loaded from
  // them, so prune never deletes their bytes; until then they stay where they are.
  std::vector<std::string> unloaded_;

  std::vector<std::string> pending_;
  std::optional<std::string> pending_snapshot_;
  std::size_t records_before_snapshot_ = 0;  // pending_[0, this) precede pending_snapshot_
};

}  // namespace opp::storage

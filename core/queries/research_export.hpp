// The anonymised research export (docs/RESEARCH_EXPORT.md): the evaluation's selection as three
// tables a researcher can take away — one row per case, one per PSFS conversation, and the
// figures — with nothing that names or reaches a person.
//
// - No names, identity numbers, contacts, ids or free text: not one text a user typed is copied.
//   Municipality names and the fixed categories (target group, stage) are the only words.
// - Persons get random pseudonyms (8 hex digits) drawn from `seed`, the same for a person in every
//   row of one export and new in the next; rows are sorted by pseudonym, so their order says
//   nothing about when a person was registered.
// - Ages in 5-year bands (0–4 … 90–94, 95+) on the day the case opened; dates as the month
//   (åååå-mm); days between events as whole numbers.
// - Small cells suppressed («*»): in the case table, any age band, municipality or target group
//   shared by fewer than 5 cases, and then, step by step, municipality, age band and target group
//   of every case whose combination of the three is shared by fewer than 5 (so each combination
//   left stands for at least 5 cases); in the figures, any count or N from 1 to 4 («<5») and the
//   value computed over it.
// The work is done a slice at a time (step) so a page with 10,000 cases can show progress.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/domain/store.hpp"
#include "core/queries/evaluation.hpp"

namespace opp::queries {

inline constexpr int kSuppressBelow = 5;
inline constexpr const char* kSuppressed = "*";
inline constexpr const char* kSuppressedCount = "<5";

using Rows = std::vector<std::vector<std::string>>;

struct ResearchTables {
  Rows cases;    // header row first
  Rows psfs;     // header row first
  Rows figures;  // header row first
};

// "0–4", "5–9", … "90–94", "95+"; empty for an unknown birth date.
std::string age_band(const Person& person, Date on);

class ResearchExport {
 public:
  // The store must not change while the export runs (start again if it does).
  ResearchExport(const Store& store, const EvaluationFilter& filter, Date today, std::uint64_t seed);

  // One slice of the work: the rows of up to `budget` more cases, or (once they are all done) the
  // case table's pseudonyms, suppression and order, or the PSFS table's order. True when all is done.
  bool step(std::size_t budget);
  std::size_t done() const { return next_; }
  std::size_t total() const { return cases_.size(); }

  // The tables, doing first whatever step() has not. `e` is the evaluation of the same store,
  // filter and day (its figures become the third table).
  ResearchTables finish(const Evaluation& e);

 private:
  struct CaseRow {
    Id person = kNoId;
    Date opened;
    std::string age_band, municipality, target_group;  // the quasi-identifiers
    std::string pseudonym;
    std::vector<std::string> cells;                    // the rest, in the header's order
  };
  struct PsfsRow {
    Id person = kNoId;
    std::vector<std::string> cells;
  };
  enum class Phase { Rows, Cases, Psfs, Done };
  bool build_rows(std::size_t budget);
  void finish_cases();
  void finish_psfs();

  Phase phase_ = Phase::Rows;
  ResearchTables out_;
  const Store* store_;
  EvaluationFilter filter_;
  Date today_, to_;
  std::uint64_t seed_;
  std::vector<const Case*> cases_;
  std::size_t next_ = 0;
  std::vector<CaseRow> case_rows_;
  std::vector<PsfsRow> psfs_rows_;
  std::unordered_map<Id, bool> psfs_done_;
  std::unordered_map<Id, std::string> pseudonyms_;
};

}  // namespace opp::queries

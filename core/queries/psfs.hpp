// PSFS («Hva er viktig for deg?») math as on the paper form, for one person and for the caseload.
//
// The form (0 «Kan ikkje utføra aktiviteten» … 10 «Kan utføra aktiviteten utan vanskar»): up to
// five activities in the person's own words, each scored in every conversation. Per conversation:
// the total, the average over the activities scored in it, and the change from the previous
// conversation — computed like with like, over the activities scored in both (with the same
// activities this is the difference of the averages). «Ein endring på 2 poeng eller meir, frå
// førre samtale, indikerer ein betydeleg betring»: a change of ≥ 2 in the average is a significant
// improvement, a drop of ≥ 2 a decline; a change of ≥ 3 on one activity is marked on it. With the
// reversed scale (0 = can do without difficulty) a lower score is the better one.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/domain/store.hpp"

namespace opp::queries {

inline constexpr int kPsfsSignificantChange = 2;  // points, in the average
inline constexpr int kPsfsActivityMark = 3;       // points, on one activity

enum class PsfsSignificance { None, Improvement, Decline };

struct PsfsChange {
  double value = 0.0;  // the mean change over the activities scored in both conversations
  int activities = 0;  // how many those are (≥ 1)
  PsfsSignificance significance = PsfsSignificance::None;
  friend bool operator==(const PsfsChange&, const PsfsChange&) = default;
};

// The form's rule on a change in the average (exact for changes of scores: sum / count).
PsfsSignificance classify_psfs_change(double change, PsfsDirection direction);

// From `before` to `after`, like with like; nullopt when no activity was scored in both.
std::optional<PsfsChange> psfs_change(const PsfsConversation& before, const PsfsConversation& after);

// A conversation's average over all its scores; nothing when it has none.
std::optional<double> psfs_average(const PsfsConversation& c);

// A person's first and latest conversation (by date, then as recorded) among those dated where
// `counts` says so (all when it is empty), and how many those are; found without sorting.
struct FirstAndLatest {
  const PsfsConversation* first = nullptr;
  const PsfsConversation* latest = nullptr;
  int count = 0;
};
FirstAndLatest first_and_latest(const Store& store, Id person, const std::function<bool(Date)>& counts = {});

// Where a change goes in a distribution in whole points: bin k holds changes in (k − ½, k + ½],
// k = −10 … 10, at index k + 10 of a vector of kPsfsHistogramBins.
inline constexpr std::size_t kPsfsHistogramBins = 21;
std::size_t psfs_histogram_index(double change);

// The person's activities (rows) × conversations (columns, oldest first).
struct PsfsGrid {
  std::vector<const PsfsActivity*> activities;            // in the order they were added
  std::vector<const PsfsConversation*> conversations;     // by date, then as recorded
  std::vector<std::vector<std::optional<int>>> scores;    // [activity][conversation]
  std::vector<int> totals;                                // per conversation: the sum of its scores
  std::vector<std::optional<double>> averages;            // per conversation: over the activities scored
  std::vector<std::optional<PsfsChange>> changes;         // per conversation: from the previous one
  std::vector<std::vector<std::optional<int>>> activity_changes;  // [activity][conversation]: from the previous
  // Whether an activity's change is marked (|change| ≥ 3).
  bool marked(std::size_t activity, std::size_t conversation) const;
};

PsfsGrid psfs_grid(const Store& store, Id person);

// The table as on the paper form, for a spreadsheet: a header (the activity label, then each
// conversation's date dd.mm.åååå), one row per activity (retired ones too; "" where not scored),
// then the total, the average and the change (decimal comma), and the significance words.
struct PsfsTableLabels {
  std::string activity, total, average, change, significance, improvement, decline;
};
std::vector<std::vector<std::string>> psfs_table_rows(const PsfsGrid& grid, const PsfsTableLabels& labels);

// One line of the PSFS view's person list.
struct PsfsPersonRow {
  const Person* person = nullptr;
  int conversations = 0;
  Date latest;                                 // the latest conversation's date
  std::optional<double> latest_average;
  std::optional<PsfsChange> first_to_latest;   // nullopt with one conversation only
};

// The caseload: every person with a conversation (by name), and the change in average from
// each person's first to latest conversation (persons with two or more, like with like).
struct PsfsCaseload {
  std::vector<PsfsPersonRow> rows;
  std::vector<double> changes;  // first → latest, one per person that has one
  int improved = 0;             // of them: a significant improvement (≥ 2)
  int declined = 0;             // a significant decline
  // The distribution of `changes` in whole points: bin k counts changes in (k − ½, k + ½],
  // for k = −10 … 10 (index k + 10).
  std::vector<int> histogram;
};
PsfsCaseload psfs_caseload(const Store& store);

}  // namespace opp::queries

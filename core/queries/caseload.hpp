// The read side the views use: derived data cached against the store's version, never computed per frame.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/store.hpp"
#include "core/queries/board.hpp"
#include "core/queries/caseload_index.hpp"
#include "core/queries/evaluation.hpp"
#include "core/queries/intake.hpp"
#include "core/queries/memo.hpp"
#include "core/queries/person_file.hpp"
#include "core/queries/psfs.hpp"

namespace opp::queries {

// Every accessor is one query of a Memo (core/queries/memo.hpp): it first compares the store's
// version with the one its result was computed for, so a result is never stale, even when a view
// commits a change in the middle of a frame, and then its arguments (a filter, the day). A result
// stays valid until the next change to the store or the next call of the same accessor with other
// arguments; the pointers in it, until the next change to the store. A new cached query is one
// such function and its counter in Rebuilds.
class Caseload {
 public:
  // `store` must outlive this object; `version` changes whenever the store does.
  Caseload(const Store& store, std::function<std::uint64_t()> version);

  const Store& store() const { return *store_; }
  std::uint64_t version() const { return memo_.version(); }
  const CaseloadIndex& index();
  const PersonFile& person(Id person, Date today);
  const std::vector<const Person*>& search(std::string_view filter);
  // Folds the names for search() now, if this version of the store has not had them folded:
  // called when the search field is entered, so the first keystroke does not pay for it
  // (some 15 ms at 100,000 persons in the browser).
  void prepare_search();
  const PersonKeys& person_keys();
  const Queue& queue(const QueueFilter& filter, Date today);
  const Board& board(const BoardFilter& filter, Date today);
  const PsfsCaseload& psfs();
  const Evaluation& evaluation(const EvaluationFilter& filter, Date today);

  // How many times each query was computed (for tests and the frame-time benchmark).
  struct Rebuilds {
    int index = 0, person = 0, search = 0, search_keys = 0, keys = 0, queue = 0, board = 0, psfs = 0, evaluation = 0;
  };
  const Rebuilds& rebuilds() const { return memo_.rebuilds(); }

 private:
  const PersonSearch& person_search();

  const Store* store_;
  Memo<Rebuilds> memo_;
};

}  // namespace opp::queries

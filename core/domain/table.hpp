// A collection of entities with O(1) look-up by id (and, for records of a person, by person).
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <iterator>
#include <utility>
#include <vector>

#include "core/domain/id_map.hpp"
#include "core/domain/ids.hpp"

namespace opp {

// Entities are only ever appended (nothing is deleted: history is kept), and an entity's id and
// person never change after it is added, so the indexes stay right as the table grows. Should
// code edit an id in place anyway, a look-up never returns the wrong record: a slot whose id no
// longer matches makes the index rebuild.
// Records that belong to one person (a referral, a team member, …) carry a `person` id.
template <typename T>
concept PersonRecord = requires(const T& item) {
  { item.person } -> std::convertible_to<Id>;
};

template <typename T>
class Table {
 public:
  // The records of one person, in table order: what validation walks instead of the whole table,
  // so a command's cost does not grow with the caseload.
  class PersonRange {
   public:
    class iterator {
     public:
      using iterator_category = std::forward_iterator_tag;
      using value_type = T;
      using difference_type = std::ptrdiff_t;
      using pointer = const T*;
      using reference = const T&;
      iterator() = default;
      iterator(const std::vector<T>* items, const std::size_t* at) : items_(items), at_(at) {}
      const T& operator*() const { return (*items_)[*at_]; }
      const T* operator->() const { return &(*items_)[*at_]; }
      iterator& operator++() {
        ++at_;
        return *this;
      }
      iterator operator++(int) {
        iterator before = *this;
        ++at_;
        return before;
      }
      friend bool operator==(const iterator&, const iterator&) = default;

     private:
      const std::vector<T>* items_ = nullptr;
      const std::size_t* at_ = nullptr;
    };
    PersonRange(const std::vector<T>& items, const std::vector<std::size_t>* positions)
        : items_(&items), positions_(positions) {}
    iterator begin() const { return {items_, positions_ ? positions_->data() : nullptr}; }
    iterator end() const { return {items_, positions_ ? positions_->data() + positions_->size() : nullptr}; }
    std::size_t size() const { return positions_ ? positions_->size() : 0; }

   private:
    const std::vector<T>* items_;
    const std::vector<std::size_t>* positions_;
  };

  using value_type = T;
  using iterator = typename std::vector<T>::iterator;
  using const_iterator = typename std::vector<T>::const_iterator;

  Table() = default;
  Table(std::initializer_list<T> items) { assign(std::vector<T>(items)); }

  void push_back(T item) {
    index_.try_emplace(item.id, items_.size());
    if constexpr (PersonRecord<T>) positions_for(item.person).push_back(items_.size());
    items_.push_back(std::move(item));
  }
  void assign(std::vector<T> items) {
    items_ = std::move(items);
    rebuild();
  }
  void reserve(std::size_t n) {
    items_.reserve(n);
    index_.reserve(n);
  }
  void clear() {
    items_.clear();
    index_.clear();
    by_person_.clear();
    person_positions_.clear();
  }

  // A record's person never changes after it is added, like its id.
  PersonRange of_person(Id person) const
    requires PersonRecord<T>
  {
    if (index_.size() != items_.size()) rebuild();
    const std::uint32_t* at = by_person_.find(person);
    return PersonRange(items_, at == nullptr ? nullptr : &person_positions_[*at]);
  }
  // The same as positions, for code that changes the records (operator[]).
  const std::vector<std::size_t>& positions_of(Id person) const
    requires PersonRecord<T>
  {
    static const std::vector<std::size_t> kNone;
    if (index_.size() != items_.size()) rebuild();
    const std::uint32_t* at = by_person_.find(person);
    return at == nullptr ? kNone : person_positions_[*at];
  }

  const T* find(Id id) const {
    const std::size_t* at = index_.find(id);
    if (at != nullptr && *at < items_.size() && items_[*at].id == id) return &items_[*at];
    if (at == nullptr && index_.size() == items_.size()) return nullptr;
    rebuild();  // the index went stale (an id edited in place): rebuild once and look again
    const std::size_t* again = index_.find(id);
    return again == nullptr ? nullptr : &items_[*again];
  }
  T* find(Id id) { return const_cast<T*>(std::as_const(*this).find(id)); }

  const std::vector<T>& items() const { return items_; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const T& operator[](std::size_t i) const { return items_[i]; }
  T& operator[](std::size_t i) { return items_[i]; }
  const T& front() const { return items_.front(); }
  const T& back() const { return items_.back(); }
  T& back() { return items_.back(); }
  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }

  friend bool operator==(const Table& a, const Table& b) { return a.items_ == b.items_; }

 private:
  void rebuild() const {
    index_.clear();
    index_.reserve(items_.size());
    by_person_.clear();
    person_positions_.clear();
    for (std::size_t i = 0; i < items_.size(); ++i) {
      index_.try_emplace(items_[i].id, i);
      if constexpr (PersonRecord<T>) positions_for(items_[i].person).push_back(i);
    }
  }

  // The positions of a person's records, made on their first record.
  std::vector<std::size_t>& positions_for(Id person) const {
    const auto [at, added] = by_person_.try_emplace(person, static_cast<std::uint32_t>(person_positions_.size()));
    if (added) person_positions_.emplace_back();
    return person_positions_[*at];
  }

  std::vector<T> items_;
  mutable IdMap<std::size_t> index_;  // id → position
  // person → their positions, kept in a deque so a range handed out stays valid as others are added
  mutable IdMap<std::uint32_t> by_person_;
  mutable std::deque<std::vector<std::size_t>> person_positions_;
};

}  // namespace opp

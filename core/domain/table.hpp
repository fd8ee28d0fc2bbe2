// A collection of entities with O(1) look-up by id: the store's vectors, indexed.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/domain/ids.hpp"

namespace opp {

// Entities are only ever appended (nothing is deleted: history is kept), and an entity's id never
// changes after it is added, so the index stays right as the table grows. Code that edits ids in
// place (tests building odd stores) is caught: a look-up that finds a stale slot rebuilds the index.
template <typename T>
class Table {
 public:
  using value_type = T;
  using iterator = typename std::vector<T>::iterator;
  using const_iterator = typename std::vector<T>::const_iterator;

  Table() = default;
  Table(std::initializer_list<T> items) { assign(std::vector<T>(items)); }

  void push_back(T item) {
    index_.emplace(item.id, items_.size());
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
  }

  const T* find(Id id) const {
    const auto it = index_.find(id);
    if (it != index_.end() && it->second < items_.size() && items_[it->second].id == id) return &items_[it->second];
    if (it == index_.end() && index_.size() == items_.size()) return nullptr;
    rebuild();  // the index went stale (an id edited in place): rebuild once and look again
    const auto again = index_.find(id);
    return again == index_.end() ? nullptr : &items_[again->second];
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
    for (std::size_t i = 0; i < items_.size(); ++i) index_.emplace(items_[i].id, i);
  }

  std::vector<T> items_;
  mutable std::unordered_map<Id, std::size_t> index_;
};

}  // namespace opp

//! The open-addressing hash table under `dict` and `set` (CPython:
//! `Objects/dictobject.c` and `Objects/setobject.c` of 2.7).
//!
//! Python 2.7 prints dicts and sets in the order of their table slots, so this
//! table reproduces CPython's exactly: the same slot array, the same probe
//! sequence, the same growth, shrinking and deletion rules. Given the same
//! operations and the same hashes (see [`super::hashing`]), every key lands in
//! the same slot as in CPython and iteration yields the same order.
//!
//! # The table
//!
//! A table has a power-of-two number of slots, at least [`MINSIZE`] (8). Each
//! slot is *empty*, *dummy* (its key was deleted) or *active* (it holds a key,
//! and for a dict a value), and stores a hash. `fill` counts active and dummy
//! slots, `used` (the length) counts active ones. A lookup starts at slot
//! `hash & mask` and follows the probe sequence until it meets the key or an
//! empty slot; dummies keep the chains of other keys intact.
//!
//! # Dict and set
//!
//! In 2.7 dicts and sets follow the same table rules (set growth, merging and
//! `pop` copy the dict's), so one type serves both: [`DictTable`] and
//! [`SetTable`] (a table whose values are `()`). They differ only in which
//! operations their callers use:
//!
//! | Python | CPython | here |
//! |---|---|---|
//! | `d[k] = v`, `s.add(k)`, `dict(pairs)`, comprehensions, `set(list)`, `s.update(list)`, `dict.fromkeys(list)` | `PyDict_SetItem`, `set_add_key` | [`Table::insert`] |
//! | `{k: v, ...}` with n items | `_PyDict_NewPresized(n)`, then `PyDict_SetItem` | [`Table::presized`], then [`Table::insert`] |
//! | `{a, b, c}` (added left to right in 2.7.18) | `PySet_New`, then `PySet_Add` | [`Table::new`], then [`Table::insert`] |
//! | `d.update(e)`, `dict(e)`, `d.copy()` for a dict `e`; `s.update(t)`, `set(t)`, `s.copy()`, `s \| t` for a set `t` | `PyDict_Merge`, `set_merge` | [`Table::update_from`], [`Table::copy`] |
//! | `set(d)`, `s.update(d)` for a dict `d` | `set_update_internal` | [`Table::presize_for_merge`], then [`Table::insert`] with the dict's stored hashes |
//! | `dict.fromkeys(e)` for a dict or set `e` of n keys | `dict_fromkeys` | [`Table::resize`]`(n / 2 * 3)`, then [`Table::insert_no_grow`] |
//! | `del d[k]`, `d.pop(k)`, `s.discard(k)` | `PyDict_DelItem`, `set_discard_key` | [`Table::remove`] |
//! | `d.popitem()`, `s.pop()` | `dict_popitem`, `set_pop` | [`Table::pop_item`] |
//! | `d.clear()`, `s.clear()` | `PyDict_Clear`, `set_clear_internal` | [`Table::clear`] |
//! | iteration, `repr`, `keys()` | `PyDict_Next`, `set_next` | [`Table::next_active`], [`Table::iter`] |
//!
//! # Comparisons that run Python code
//!
//! Looking a key up compares it with stored keys of the same hash, and in a
//! VM `==` may run a Python `__eq__` that changes the very table being
//! searched. The table will usually sit in a `RefCell`, so no borrow may be
//! held while such a comparison runs. The probe API splits a lookup at each
//! comparison: [`Table::probe`] starts it, [`Table::probe_next`] walks the
//! slots and stops with [`Step::Compare`] and a clone of the stored key when
//! a comparison is needed; the caller drops its borrow, compares, reports the
//! result with [`Probe::compared`] and calls `probe_next` again. Like
//! CPython's `lookdict`, `probe_next` then checks that the table still has
//! the same slot array and that the compared slot still holds the same key;
//! if not, the lookup starts over on the current table. Found and vacant slot
//! indices are valid only until the table next changes, so the caller must
//! use them (for example with [`Table::store_at`]) before running any other
//! Python code.
//!
//! ```
//! use glasspy::objects::dicttable::{Identity, Step, Table};
//! use std::cell::RefCell;
//!
//! #[derive(Clone, PartialEq)]
//! struct Key(i64);
//! impl Identity for Key {
//!     fn is_same(&self, other: &Self) -> bool {
//!         self == other
//!     }
//! }
//!
//! let table: RefCell<Table<Key, &str>> = RefCell::new(Table::new());
//! let (key, hash) = (Key(7), 7);
//! let mut probe = table.borrow().probe(hash);
//! let slot = loop {
//!     let step = table.borrow().probe_next(&mut probe, &key); // borrow ends here
//!     match step {
//!         Step::Found(slot) | Step::Vacant(slot) => break slot,
//!         Step::Compare(stored) => {
//!             let equal = stored.0 == key.0; // in a VM: may run __eq__
//!             probe.compared(equal);
//!         }
//!     }
//! };
//! let mut t = table.borrow_mut();
//! let used_before = t.len();
//! assert!(t.store_at(slot, key, hash, "seven").is_ok());
//! t.maybe_grow(used_before).unwrap();
//! assert_eq!(t.len(), 1);
//! ```
//!
//! When comparisons run no Python code (ints, strs), the high-level methods
//! ([`Table::find`], [`Table::insert`], [`Table::remove`], ...) do the whole
//! operation, taking an equality closure `eq(stored, key)`.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

/// `PyDict_MINSIZE` and `PySet_MINSIZE`: the slot count of a new table.
pub const MINSIZE: usize = 8;

/// `PERTURB_SHIFT`: how far the perturbation shifts right at each probe step.
const PERTURB_SHIFT: u32 = 5;

/// Above this many keys a growing table doubles instead of quadrupling.
const LARGE_TABLE: usize = 50_000;

/// The storage id of the small table, the slot array of size 8 that CPython
/// keeps inside the object (`ma_smalltable`); every size-8 table uses it.
const SMALL_STORAGE: u64 = 0;

/// The source of storage ids for larger slot arrays (CPython: `PyMem_NEW`).
static NEXT_STORAGE: AtomicU64 = AtomicU64::new(1);

/// Object identity for keys: CPython's `is`, which a lookup checks before
/// `==` (so a key is always found by itself, even a NaN).
pub trait Identity {
    /// Whether `self` and `other` are the same object.
    fn is_same(&self, other: &Self) -> bool;
}

/// The table cannot get the memory for its slots (CPython: `PyErr_NoMemory`,
/// raising `MemoryError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryError;

impl fmt::Display for MemoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no memory for the hash table")
    }
}

impl std::error::Error for MemoryError {}

/// What a slot holds.
#[derive(Debug)]
enum Slot<K, V> {
    /// Never used since the table was made (CPython: `me_key == NULL`).
    Empty,
    /// Its key was deleted (CPython: `me_key == dummy`).
    Dummy,
    /// A key and its value.
    Active(K, V),
}

/// One slot and its stored hash (CPython: `PyDictEntry`, `setentry`). Empty
/// and dummy slots keep a hash too: a dummy keeps its deleted key's hash, and
/// slot 0's hash holds the search finger of `popitem`/`pop`.
#[derive(Debug)]
struct Entry<K, V> {
    hash: i64,
    slot: Slot<K, V>,
}

impl<K, V> Entry<K, V> {
    fn empty() -> Self {
        Entry {
            hash: 0,
            slot: Slot::Empty,
        }
    }

    fn is_active(&self) -> bool {
        matches!(self.slot, Slot::Active(..))
    }
}

/// What a slot holds, as [`Table::slots`] shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotView<'a, K, V> {
    /// Never used since the table was made.
    Empty,
    /// Its key was deleted.
    Dummy,
    /// A key and its value.
    Active(&'a K, &'a V),
}

/// The hash table of a dict or set (CPython: the table fields of
/// `PyDictObject` and `PySetObject`).
#[derive(Debug)]
pub struct Table<K, V> {
    /// The slots; their number is a power of two, at least [`MINSIZE`].
    entries: Vec<Entry<K, V>>,
    /// Active plus dummy slots (`ma_fill`, `fill`).
    fill: usize,
    /// Active slots (`ma_used`, `used`).
    used: usize,
    /// Which slot array this is (CPython compares `ma_table` pointers).
    storage: u64,
}

/// The table of a dict.
pub type DictTable<K, V> = Table<K, V>;

/// The table of a set or frozenset: keys without values.
pub type SetTable<K> = Table<K, ()>;

impl<K, V> Default for Table<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a lookup stands (the local variables of CPython's `lookdict` and
/// `set_lookkey`). Made by [`Table::probe`], advanced by [`Table::probe_next`].
#[derive(Debug, Clone)]
pub struct Probe<K> {
    hash: i64,
    /// The slot array the probe walks, and its mask, as when it started.
    storage: u64,
    mask: u64,
    /// The unmasked probe position `i` and the perturbation (both `size_t`).
    position: u64,
    perturb: u64,
    /// The first dummy slot passed, where an absent key would be inserted.
    freeslot: Option<usize>,
    phase: Phase<K>,
}

/// What [`Table::probe_next`] does next.
#[derive(Debug, Clone)]
enum Phase<K> {
    /// Look at the first slot of the probe sequence, `hash & mask`.
    Start,
    /// Look at the next slot of the probe sequence.
    Next,
    /// The caller is comparing `startkey`, found at `slot`, with the key.
    Comparing {
        slot: usize,
        startkey: K,
        equal: bool,
    },
}

/// The outcome of one [`Table::probe_next`] call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<K> {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent; it would be inserted in this slot (the first dummy
    /// passed, or else the empty slot that ended the search).
    Vacant(usize),
    /// This stored key has the key's hash but is not the same object: the
    /// caller compares `stored == key` (stored key on the left, as CPython's
    /// `PyObject_RichCompareBool(startkey, key, Py_EQ)`), with no borrow of
    /// the table held, then calls [`Probe::compared`] and `probe_next` again.
    /// If the comparison raises, the lookup simply ends with that exception.
    Compare(K),
}

impl<K> Probe<K> {
    /// Reports the result of the comparison asked for by [`Step::Compare`].
    /// Without this call the keys count as unequal.
    pub fn compared(&mut self, equal: bool) {
        if let Phase::Comparing { equal: e, .. } = &mut self.phase {
            *e = equal;
        }
    }

    /// The hash being looked up.
    pub fn hash(&self) -> i64 {
        self.hash
    }
}

impl<K, V> Table<K, V> {
    /// An empty table of [`MINSIZE`] slots (CPython: `PyDict_New`, `PySet_New`).
    pub fn new() -> Self {
        Table {
            entries: (0..MINSIZE).map(|_| Entry::empty()).collect(),
            fill: 0,
            used: 0,
            storage: SMALL_STORAGE,
        }
    }

    /// An empty table for a dict display of `n` items (CPython:
    /// `_PyDict_NewPresized`, run by `BUILD_MAP n`, whose argument the
    /// compiler caps at 0xFFFF): resized for `n` keys only if `n > 5`.
    pub fn presized(n: usize) -> Result<Self, MemoryError> {
        let mut table = Self::new();
        if n > 5 {
            table.resize(n)?;
        }
        Ok(table)
    }

    /// The number of keys (`len()`; CPython: `ma_used`, `used`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the table has no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of active and dummy slots (CPython: `ma_fill`, `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The number of slots, a power of two (CPython: `ma_mask + 1`).
    pub fn size(&self) -> usize {
        self.entries.len()
    }

    /// The mask that turns a hash into a slot index (CPython: `ma_mask`).
    pub fn mask(&self) -> usize {
        self.entries.len().saturating_sub(1)
    }

    /// Every slot in order with its stored hash, for showing the table's
    /// insides.
    pub fn slots(&self) -> impl Iterator<Item = (i64, SlotView<'_, K, V>)> {
        self.entries.iter().map(|e| {
            let view = match &e.slot {
                Slot::Empty => SlotView::Empty,
                Slot::Dummy => SlotView::Dummy,
                Slot::Active(k, v) => SlotView::Active(k, v),
            };
            (e.hash, view)
        })
    }

    /// The index of the first active slot at or after `from`, if any
    /// (CPython: the scan of `PyDict_Next`, `set_next` and the iterators).
    /// An iterator keeps the next index to look at and the length it started
    /// with; when [`Table::len`] differs it raises "dictionary changed size
    /// during iteration" (dicts) or "Set changed size during iteration"
    /// (sets), as CPython's iterators do.
    pub fn next_active(&self, from: usize) -> Option<usize> {
        let rest = self.entries.get(from..)?;
        let offset = rest.iter().position(Entry::is_active)?;
        from.checked_add(offset)
    }

    /// The stored hash, key and value of an active slot.
    pub fn entry_at(&self, index: usize) -> Option<(i64, &K, &V)> {
        match self.entries.get(index) {
            Some(Entry {
                hash,
                slot: Slot::Active(k, v),
            }) => Some((*hash, k, v)),
            _ => None,
        }
    }

    /// A mutable reference to the value of an active slot (replacing a value
    /// in place, as `PyDict_SetItem` does for a key already present).
    pub fn value_at_mut(&mut self, index: usize) -> Option<&mut V> {
        match self.entries.get_mut(index) {
            Some(Entry {
                slot: Slot::Active(_, v),
                ..
            }) => Some(v),
            _ => None,
        }
    }

    /// The keys and values in slot order: the order of `list(d)`, `d.items()`,
    /// `repr` and iteration.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().filter_map(|e| match &e.slot {
            Slot::Active(k, v) => Some((k, v)),
            _ => None,
        })
    }

    /// The keys in slot order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.iter().map(|(k, _)| k)
    }

    /// Puts a key known to be absent into the first empty slot of its probe
    /// sequence (CPython: `insertdict_clean`, `set_insert_clean`). The table
    /// must have no dummies and at least one empty slot.
    fn insert_clean(&mut self, key: K, hash: i64, value: V) {
        let mask = self.mask() as u64;
        let mut position = hash as u64;
        let mut perturb = hash as u64;
        let mut index = (position & mask) as usize;
        // Terminates: once `perturb` is 0 the sequence visits every slot.
        while let Some(entry) = self.entries.get(index) {
            if matches!(entry.slot, Slot::Empty) {
                break;
            }
            position = next_position(position, perturb);
            perturb >>= PERTURB_SHIFT;
            index = (position & mask) as usize;
        }
        if let Some(entry) = self.entries.get_mut(index) {
            *entry = Entry {
                hash,
                slot: Slot::Active(key, value),
            };
            self.fill += 1;
            self.used += 1;
        }
    }

    /// Rebuilds the table with the smallest power-of-two size, at least 8,
    /// that is greater than `minused` (CPython: `dictresize`,
    /// `set_table_resize`). Active keys are reinserted in the order of the old
    /// slots and dummies are dropped, so the table can also shrink. A table of
    /// 8 slots staying at 8 with no dummies is left alone.
    ///
    /// A `minused` below the number of keys is taken as that number (CPython's
    /// callers never pass less).
    pub fn resize(&mut self, minused: usize) -> Result<(), MemoryError> {
        let minused = minused.max(self.used);
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize = newsize.checked_mul(2).ok_or(MemoryError)?;
        }
        if newsize == MINSIZE && self.storage == SMALL_STORAGE && self.fill == self.used {
            return Ok(());
        }
        let mut new_entries = Vec::new();
        new_entries
            .try_reserve_exact(newsize)
            .map_err(|_| MemoryError)?;
        new_entries.extend((0..newsize).map(|_| Entry::empty()));
        let old = std::mem::replace(&mut self.entries, new_entries);
        self.storage = if newsize == MINSIZE {
            SMALL_STORAGE
        } else {
            NEXT_STORAGE.fetch_add(1, Ordering::Relaxed)
        };
        self.fill = 0;
        self.used = 0;
        for entry in old {
            if let Slot::Active(key, value) = entry.slot {
                self.insert_clean(key, entry.hash, value);
            }
        }
        Ok(())
    }

    /// The growth rule that follows storing a key (CPython: the end of
    /// `dict_set_item_by_hash_or_entry` and of `set_add_entry`): if a new key
    /// was added (`len()` is above `used_before`) and the table is at least
    /// two thirds full counting dummies, resize for `4 * len()` keys (`2 *
    /// len()` above 50000 keys). Replacing a value never resizes.
    pub fn maybe_grow(&mut self, used_before: usize) -> Result<(), MemoryError> {
        if self.used > used_before && self.fill.saturating_mul(3) >= self.size().saturating_mul(2) {
            let factor = if self.used > LARGE_TABLE { 2 } else { 4 };
            self.resize(self.used.saturating_mul(factor))?;
        }
        Ok(())
    }

    /// The presize that merging `incoming` keys starts with (CPython:
    /// `PyDict_Merge`, `set_merge`, and `set_update_internal` for a dict): if
    /// `(fill + incoming) * 3 >= size * 2`, resize for `(len() + incoming) *
    /// 2` keys.
    pub fn presize_for_merge(&mut self, incoming: usize) -> Result<(), MemoryError> {
        let fill_after = self.fill.saturating_add(incoming);
        if fill_after.saturating_mul(3) >= self.size().saturating_mul(2) {
            self.resize(self.used.saturating_add(incoming).saturating_mul(2))?;
        }
        Ok(())
    }

    /// Stores a key in the slot a lookup returned (CPython:
    /// `insertdict_by_entry`, `set_insert_key`): an active slot keeps its key
    /// and gets the new value, returning the old one (`Ok(Some(old))`); an
    /// empty or dummy slot takes the key, hash and value (`Ok(None)`). No
    /// growth; see [`Table::maybe_grow`].
    ///
    /// Gives the key and value back if `slot` is not a slot of this table (it
    /// came from a lookup before the table was resized), or in the one case
    /// CPython never meets, where the key would take the last empty slot and
    /// the table cannot get the memory to grow first.
    pub fn store_at(
        &mut self,
        slot: usize,
        key: K,
        hash: i64,
        value: V,
    ) -> Result<Option<V>, (K, V)> {
        let fill = self.fill;
        let size = self.size();
        let Some(entry) = self.entries.get_mut(slot) else {
            return Err((key, value));
        };
        match &mut entry.slot {
            Slot::Active(_, old) => Ok(Some(std::mem::replace(old, value))),
            Slot::Dummy => {
                *entry = Entry {
                    hash,
                    slot: Slot::Active(key, value),
                };
                self.used += 1;
                Ok(None)
            }
            Slot::Empty if fill + 1 < size => {
                *entry = Entry {
                    hash,
                    slot: Slot::Active(key, value),
                };
                self.fill += 1;
                self.used += 1;
                Ok(None)
            }
            Slot::Empty => {
                // Lookups need an empty slot to end. CPython's growth and
                // presizing rules keep one; a caller that stores without them
                // gets the table doubled here instead.
                if self.resize(self.used.saturating_mul(2)).is_err() {
                    return Err((key, value));
                }
                self.insert_clean(key, hash, value);
                Ok(None)
            }
        }
    }

    /// Deletes the key in an active slot, leaving a dummy that keeps the
    /// hash, and returns the key and value (CPython: `delitem_common`,
    /// `dict_pop`, `set_discard_key`). `None` if the slot is not active.
    pub fn remove_at(&mut self, slot: usize) -> Option<(K, V)> {
        let entry = self.entries.get_mut(slot)?;
        match std::mem::replace(&mut entry.slot, Slot::Dummy) {
            Slot::Active(key, value) => {
                self.used -= 1;
                Some((key, value))
            }
            other => {
                entry.slot = other;
                None
            }
        }
    }

    /// Removes and returns "the first" key (CPython: `dict_popitem`,
    /// `set_pop`): slot 0 if active, else the first active slot from a search
    /// finger kept in slot 0's hash (taken as 1 when out of `1..=mask`),
    /// wrapping to 1. The finger is then set to the slot after. `None` when
    /// the table is empty.
    pub fn pop_item(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = 0;
        let first = self.entries.first()?;
        if !first.is_active() {
            index = usize::try_from(first.hash)
                .ok()
                .filter(|i| (1..=mask).contains(i))
                .unwrap_or(1);
            // Ends: the table holds an active key and slot 0 is not active.
            while !self.entries.get(index)?.is_active() {
                index += 1;
                if index > mask {
                    index = 1;
                }
            }
        }
        let item = self.remove_at(index)?;
        if let Some(first) = self.entries.first_mut() {
            first.hash = i64::try_from(index + 1).unwrap_or(i64::MAX);
        }
        Some(item)
    }

    /// Empties the table back to [`MINSIZE`] slots (CPython: `PyDict_Clear`,
    /// `set_clear_internal`). Returns the old table, so a caller can drop the
    /// old keys and values (which may run code) after releasing its borrow.
    pub fn clear(&mut self) -> Table<K, V> {
        std::mem::take(self)
    }
}

impl<K, V> Table<K, V> {
    /// The slot of the key with this hash that `matches`, for lookups whose
    /// comparison runs no Python code (names in namespaces, ints, strs): the
    /// probe sequence of `lookdict`, without cloning keys or restarts.
    pub fn find_pure(&self, hash: i64, matches: impl FnMut(&K) -> bool) -> Option<usize> {
        match self.lookup_pure(hash, matches) {
            Some((slot, true)) => Some(slot),
            _ => None,
        }
    }

    /// [`Table::find_pure`], also telling where an absent key would go: the
    /// slot of the key and `true`, or the first dummy passed (else the empty
    /// slot that ended the search) and `false`. `None` only for a table that
    /// breaks its own invariants.
    pub fn lookup_pure(
        &self,
        hash: i64,
        mut matches: impl FnMut(&K) -> bool,
    ) -> Option<(usize, bool)> {
        let mask = self.mask() as u64;
        let mut position = hash as u64;
        let mut perturb = hash as u64;
        let mut index = (position & mask) as usize;
        let mut freeslot = None;
        loop {
            let entry = self.entries.get(index)?;
            match &entry.slot {
                Slot::Empty => return Some((freeslot.unwrap_or(index), false)),
                Slot::Dummy => {
                    freeslot = freeslot.or(Some(index));
                }
                Slot::Active(stored, _) if entry.hash == hash && matches(stored) => {
                    return Some((index, true))
                }
                Slot::Active(..) => {}
            }
            position = next_position(position, perturb);
            perturb >>= PERTURB_SHIFT;
            index = (position & mask) as usize;
        }
    }

    /// [`Table::insert`] for comparisons `eq(stored, key)` that run no
    /// Python code: the same slot (the same object matches first, as in
    /// `lookdict`), the same growth rule, without the restartable probe.
    pub fn insert_pure(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) -> Result<Option<V>, MemoryError>
    where
        K: Identity,
    {
        let used_before = self.used;
        let (slot, _) = self
            .lookup_pure(hash, |stored| stored.is_same(&key) || eq(stored, &key))
            .ok_or(MemoryError)?;
        let old = self
            .store_at(slot, key, hash, value)
            .map_err(|_| MemoryError)?;
        self.maybe_grow(used_before)?;
        Ok(old)
    }
}

impl<K: Identity + Clone, V> Table<K, V> {
    /// Starts a lookup of a key with this hash (CPython: the start of
    /// `lookdict`, `set_lookkey`). Continue with [`Table::probe_next`].
    pub fn probe(&self, hash: i64) -> Probe<K> {
        Probe {
            hash,
            storage: self.storage,
            mask: self.mask() as u64,
            position: hash as u64,
            perturb: hash as u64,
            freeslot: None,
            phase: Phase::Start,
        }
    }

    /// Walks the probe sequence from where `probe` stands until the key is
    /// found, shown absent, or a comparison is needed (CPython: `lookdict`,
    /// `set_lookkey`). At each slot: an empty one ends the search; a key that
    /// is the same object as `key` is found; a key with an equal stored hash
    /// must be compared ([`Step::Compare`]); the first dummy is remembered as
    /// the place to insert.
    ///
    /// After a comparison, if the table's slot array was replaced or the
    /// compared slot no longer holds the compared key, the lookup starts over
    /// on the current table, as CPython's does.
    pub fn probe_next(&self, probe: &mut Probe<K>, key: &K) -> Step<K> {
        loop {
            let index = match std::mem::replace(&mut probe.phase, Phase::Next) {
                Phase::Start => {
                    *probe = self.probe(probe.hash);
                    probe.phase = Phase::Next;
                    (probe.position & probe.mask) as usize
                }
                Phase::Comparing {
                    slot,
                    startkey,
                    equal,
                } => {
                    let unchanged = probe.storage == self.storage
                        && matches!(
                            self.entries.get(slot),
                            Some(Entry { slot: Slot::Active(k, _), .. }) if k.is_same(&startkey)
                        );
                    if !unchanged {
                        probe.phase = Phase::Start;
                        continue;
                    }
                    if equal {
                        return Step::Found(slot);
                    }
                    probe.advance()
                }
                Phase::Next => probe.advance(),
            };
            let Some(entry) = self.entries.get(index) else {
                // Only a probe made on another table gets here: start over.
                probe.phase = Phase::Start;
                continue;
            };
            match &entry.slot {
                Slot::Empty => return Step::Vacant(probe.freeslot.unwrap_or(index)),
                Slot::Active(stored, _) if stored.is_same(key) => return Step::Found(index),
                Slot::Active(stored, _) if entry.hash == probe.hash => {
                    probe.phase = Phase::Comparing {
                        slot: index,
                        startkey: stored.clone(),
                        equal: false,
                    };
                    return Step::Compare(stored.clone());
                }
                Slot::Active(..) => {}
                Slot::Dummy => {
                    if probe.freeslot.is_none() {
                        probe.freeslot = Some(index);
                    }
                }
            }
        }
    }

    /// The slot where `key` is (`true`), or where it would be inserted
    /// (`false`) (CPython: `lookdict`, `set_lookkey`). `eq(stored, key)` must
    /// not touch this table.
    fn lookup<E>(
        &self,
        key: &K,
        hash: i64,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(usize, bool), E> {
        let mut probe = self.probe(hash);
        loop {
            match self.probe_next(&mut probe, key) {
                Step::Found(slot) => return Ok((slot, true)),
                Step::Vacant(slot) => return Ok((slot, false)),
                Step::Compare(stored) => {
                    let equal = eq(&stored, key)?;
                    probe.compared(equal);
                }
            }
        }
    }

    /// The slot holding `key`, if present (`k in d`, `d[k]`). `eq(stored,
    /// key)` compares keys of equal hash and must not touch this table.
    pub fn find<E>(
        &self,
        key: &K,
        hash: i64,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let (slot, found) = self.lookup(key, hash, eq)?;
        Ok(found.then_some(slot))
    }

    /// The value stored for `key`, if present (`d.get(k)`).
    pub fn get<E>(
        &self,
        key: &K,
        hash: i64,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&V>, E> {
        let slot = self.find(key, hash, eq)?;
        Ok(slot.and_then(|s| self.entry_at(s)).map(|(_, _, v)| v))
    }

    /// Inserts or replaces without the growth rule (CPython: `insertdict`,
    /// `set_insert_key`; merges and `dict.fromkeys` of a dict or set insert
    /// this way after sizing the table once). Returns the old value if the
    /// key was present; the stored key is kept and `key` dropped.
    pub fn insert_no_grow<E: From<MemoryError>>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let (slot, _) = self.lookup(&key, hash, eq)?;
        self.store_at(slot, key, hash, value)
            .map_err(|_| MemoryError.into())
    }

    /// `d[k] = v` or `s.add(k)` (CPython: `PyDict_SetItem`, `set_add_key`):
    /// inserts or replaces, then applies the growth rule. Returns the old
    /// value if the key was present (the stored key is kept, so `d[1.0] = x`
    /// on a dict holding `1` keeps `1`).
    pub fn insert<E: From<MemoryError>>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let used_before = self.used;
        let old = self.insert_no_grow(key, hash, value, eq)?;
        self.maybe_grow(used_before)?;
        Ok(old)
    }

    /// `del d[k]`, `d.pop(k)`, `s.discard(k)`: removes `key` if present,
    /// leaving a dummy, and returns the stored key and value.
    pub fn remove<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        Ok(self
            .find(key, hash, eq)?
            .and_then(|slot| self.remove_at(slot)))
    }
}

impl<K: Identity + Clone, V: Clone> Table<K, V> {
    /// Merges another table into this one, replacing values of keys already
    /// present (CPython: `PyDict_Merge` with override, `set_merge`): nothing
    /// if `other` is empty; else one presize
    /// ([`Table::presize_for_merge`]), then every key of `other` in its slot
    /// order, with its stored hash and no growth rule. (`d.update(d)` does
    /// nothing in CPython; the caller checks for that.)
    pub fn update_from<E: From<MemoryError>>(
        &mut self,
        other: &Table<K, V>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.presize_for_merge(other.used)?;
        for entry in &other.entries {
            if let Slot::Active(key, value) = &entry.slot {
                self.insert_no_grow(key.clone(), entry.hash, value.clone(), &mut eq)?;
            }
        }
        Ok(())
    }

    /// A new table merged from this one (CPython: `PyDict_Copy`, `set_copy`;
    /// also `dict(d)` and `set(s)`). Not always the same order as the
    /// original: the copy is sized for its keys alone.
    pub fn copy<E: From<MemoryError>>(
        &self,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Table<K, V>, E> {
        let mut table = Table::new();
        table.update_from(self, eq)?;
        Ok(table)
    }
}

impl<K> Probe<K> {
    /// Moves to the next slot of the probe sequence: `i = 5*i + perturb + 1`,
    /// then `perturb >>= 5`, all in unsigned 64-bit arithmetic.
    fn advance(&mut self) -> usize {
        self.position = next_position(self.position, self.perturb);
        self.perturb >>= PERTURB_SHIFT;
        (self.position & self.mask) as usize
    }
}

/// One step of the probe recurrence, `5*i + perturb + 1` modulo `2**64`.
fn next_position(position: u64, perturb: u64) -> u64 {
    position
        .wrapping_mul(5)
        .wrapping_add(perturb)
        .wrapping_add(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::convert::Infallible;

    #[derive(Debug, Clone, PartialEq)]
    struct Int(i64);

    impl Identity for Int {
        fn is_same(&self, other: &Self) -> bool {
            self == other
        }
    }

    fn eq(a: &Int, b: &Int) -> Result<bool, MemoryError> {
        Ok(a == b)
    }

    fn hash(k: i64) -> i64 {
        if k == -1 {
            -2
        } else {
            k
        }
    }

    fn dict_of(keys: &[i64]) -> Table<Int, i64> {
        let mut t = Table::new();
        for &k in keys {
            t.insert(Int(k), hash(k), k, eq).unwrap();
        }
        t
    }

    fn keys(t: &Table<Int, i64>) -> Vec<i64> {
        t.keys().map(|k| k.0).collect()
    }

    #[test]
    fn pure_insertion_chooses_the_slots_insert_chooses() {
        // Colliding keys, deletions that leave dummies, reinsertion into the
        // first dummy, replacement of present keys, and growth past 2/3 full.
        let steps: Vec<(bool, i64)> = (0..200)
            .map(|i: i64| ((i * 7) % 5 != 0, (i * 37) % 64 - 3))
            .collect();
        let mut general: Table<Int, i64> = Table::new();
        let mut pure: Table<Int, i64> = Table::new();
        for &(add, k) in &steps {
            if add {
                let a = general.insert(Int(k), hash(k), k, eq).unwrap();
                let b = pure.insert_pure(Int(k), hash(k), k, |x, y| x == y).unwrap();
                assert_eq!(a, b);
            } else {
                general.remove(&Int(k), hash(k), eq).unwrap();
                pure.remove(&Int(k), hash(k), eq).unwrap();
            }
            let slots = |t: &Table<Int, i64>| {
                (0..t.size())
                    .map(|i| t.entry_at(i).map(|(h, k, v)| (h, k.0, *v)))
                    .collect::<Vec<_>>()
            };
            assert_eq!(slots(&general), slots(&pure));
            assert_eq!((general.fill, general.used), (pure.fill, pure.used));
        }
    }

    #[test]
    fn collisions_follow_the_probe_sequence() {
        // python2.7 -c 'd = {}; d[0] = 0; d[8] = 0; d[16] = 0; print list(d)'  -> [0, 8, 16]
        // python2.7 -c 'd = {}; d[0] = 0; d[16] = 0; d[8] = 0; print list(d)'  -> [0, 16, 8]
        // 8 probes 0, then 5*0 + 8 + 1 = 9 (slot 1); 16 then probes 0, 17 (slot 1),
        // 5*17 + (16 >> 5) + 1 = 86 (slot 6).
        let t = dict_of(&[0, 8, 16]);
        assert_eq!(keys(&t), vec![0, 8, 16]);
        let mut t = dict_of(&[0, 16, 8]);
        assert_eq!(keys(&t), vec![0, 16, 8]);
        assert_eq!(t.size(), 8);
        t.remove(&Int(16), 16, eq).unwrap();
        assert_eq!((t.len(), t.fill()), (2, 3));
    }

    #[test]
    fn growth_and_shrink() {
        // Five keys fit in 8 slots; the sixth makes fill*3 >= 16: resize(24) -> 32 slots.
        let mut t = dict_of(&[0, 1, 2, 3, 4]);
        assert_eq!(t.size(), 8);
        t.insert(Int(5), 5, 5, eq).unwrap();
        assert_eq!(t.size(), 32);
        for k in 0..5 {
            t.remove(&Int(k), k, eq).unwrap();
        }
        t.resize(t.len()).unwrap();
        assert_eq!((t.size(), t.fill(), t.len()), (8, 1, 1));
    }

    #[test]
    fn pop_item_uses_the_finger() {
        // python2.7 -c 'd = dict.fromkeys([1, 2, 3]); print d.popitem(), d.popitem(), d.popitem()'
        //   -> (1, None) (2, None) (3, None)
        let mut t = dict_of(&[1, 2, 3]);
        let popped: Vec<i64> = std::iter::from_fn(|| t.pop_item().map(|(k, _)| k.0)).collect();
        assert_eq!(popped, vec![1, 2, 3]);
        assert!(t.pop_item().is_none());
    }

    #[test]
    fn pop_item_starts_at_a_deleted_slot_0_hash() {
        // python2.7 -c 'd = {}
        // for k in [10, 5, 3, 1, 2]: d[k] = None
        // print list(d); del d[2]; print d.popitem(), list(d)'
        //   -> [2, 1, 10, 3, 5] then (10, None) [1, 3, 5]
        // Key 2 probes slots 2, 5, 2, 3 and lands in slot 0; its dummy keeps
        // hash 2, which popitem takes as its finger.
        let mut t = dict_of(&[10, 5, 3, 1, 2]);
        assert_eq!(keys(&t), vec![2, 1, 10, 3, 5]);
        t.remove(&Int(2), 2, eq).unwrap();
        assert_eq!(t.pop_item().map(|(k, _)| k.0), Some(10));
        assert_eq!(keys(&t), vec![1, 3, 5]);
    }

    #[test]
    fn comparison_that_resizes_restarts() {
        let t = RefCell::new(dict_of(&[0, 8]));
        let mut probe = t.borrow().probe(8);
        let step = t.borrow().probe_next(&mut probe, &Int(8));
        // 8 is found by identity, no comparison needed.
        assert_eq!(step, Step::Found(1));
        // A key equal to 0 by hash only: the comparison grows the table.
        let mut probe = t.borrow().probe(0);
        let step = t.borrow().probe_next(&mut probe, &Int(100));
        assert_eq!(step, Step::Compare(Int(0)));
        for k in 20..40 {
            t.borrow_mut().insert(Int(k), k, k, eq).unwrap();
        }
        probe.compared(false);
        let step = t.borrow().probe_next(&mut probe, &Int(100));
        // Restarted on the new table: it compares with 0 again.
        assert_eq!(step, Step::Compare(Int(0)));
        probe.compared(true);
        assert_eq!(t.borrow().probe_next(&mut probe, &Int(100)), Step::Found(0));
    }

    #[test]
    fn misuse_neither_panics_nor_hangs() {
        // Stale slot indices, no growth, shrinking below the length, odd hashes.
        let mut seed: u64 = 12345;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed >> 33
        };
        let mut t: Table<Int, u64> = Table::new();
        for _ in 0..20_000 {
            let k = (next() % 300) as i64 - 150;
            let h = if next() % 4 == 0 {
                i64::MIN.wrapping_add(k)
            } else {
                k
            };
            match next() % 8 {
                0 => drop(t.insert_no_grow(Int(k), h, 0, eq)),
                1 => drop(t.store_at(next() as usize % 600, Int(k), h, 1)),
                2 => drop(t.remove_at(next() as usize % 600)),
                3 => drop(t.pop_item()),
                4 => drop(t.resize(next() as usize % 40)),
                5 => drop(t.remove(&Int(k), h, eq)),
                6 => drop(t.find(&Int(k), h, eq)),
                _ => drop(t.insert(Int(k), h, 2, eq)),
            }
            assert!(t.fill() < t.size() && t.len() <= t.fill());
        }
        assert_eq!(t.next_active(usize::MAX), None);
        assert_eq!(t.entry_at(usize::MAX), None);
        assert_eq!(t.remove_at(usize::MAX), None);
    }

    #[test]
    fn store_at_never_fills_the_last_empty_slot() {
        let mut t: Table<Int, ()> = Table::new();
        for k in 0..100 {
            let (slot, _) = t
                .lookup(&Int(k), k, |a, b| Ok::<_, Infallible>(a == b))
                .unwrap();
            assert!(t.store_at(slot, Int(k), k, ()).is_ok());
            assert!(t.fill() < t.size());
        }
        assert_eq!(t.len(), 100);
        assert_eq!(t.store_at(usize::MAX, Int(1), 1, ()), Err((Int(1), ())));
    }
}

//! The memory allocator: mimalloc, with a way to give the debugged
//! program's objects a heap of their own (`crate::debugger`).

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use libmimalloc_sys::mi_heap_t;

/// Set once some thread has asked for a heap of its own; until then the
/// allocator never looks at [`HEAP`].
static ROUTED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The heap this thread allocates from, if not mimalloc's default.
    static HEAP: Cell<*mut mi_heap_t> = const { Cell::new(std::ptr::null_mut()) };
}

/// Makes `heap` (null: mimalloc's default) the heap this thread allocates
/// from; gives back the one it replaces.
pub fn use_heap(heap: *mut mi_heap_t) -> *mut mi_heap_t {
    ROUTED.store(true, Ordering::Relaxed);
    HEAP.with(|h| h.replace(heap))
}

/// The debugged program's objects get an arena of their own (the
/// debugger's replays rely on it): whatever the debugger allocates never
/// changes where the program's objects land, so every run of the program
/// gives every object the same address, as `id()`, reprs and dicts keyed by
/// objects need.
struct Heaps {
    /// The heap the thread used before it got the program's.
    debugger: *mut mi_heap_t,
}

thread_local! {
    static HEAPS: std::cell::RefCell<Option<Heaps>> = const { std::cell::RefCell::new(None) };
}

/// Makes this thread allocate from a new heap in an arena of its own;
/// [`aside`] then allocates from the heap it used before. Nothing changes
/// when the machine grants no arena.
pub fn separate_program_heap() {
    let mut arena: libmimalloc_sys::mi_arena_id_t = Default::default();
    // SAFETY: plain calls into mimalloc; the arena is reserved address
    // space until the program uses it.
    let program = unsafe {
        // As much address space as the machine grants (the program's
        // memory is limited to it).
        let reserved = (31..=36).rev().any(|bits| {
            libmimalloc_sys::mi_reserve_os_memory_ex(1 << bits, false, false, true, &mut arena) == 0
        });
        if !reserved {
            return;
        }
        libmimalloc_sys::mi_heap_new_in_arena(arena)
    };
    if program.is_null() {
        return;
    }
    let debugger = use_heap(program);
    HEAPS.with(|h| *h.borrow_mut() = Some(Heaps { debugger }));
}

/// Runs `f` allocating outside the program's heap (when it has one).
pub fn aside<T>(f: impl FnOnce() -> T) -> T {
    let before = HEAPS
        .try_with(|h| h.borrow().as_ref().map(|heaps| use_heap(heaps.debugger)))
        .ok()
        .flatten();
    let result = f();
    if let Some(heap) = before {
        use_heap(heap);
    }
    result
}

/// The heap to allocate from, when it is not the default one.
#[inline(always)]
fn routed_heap() -> Option<*mut mi_heap_t> {
    if !ROUTED.load(Ordering::Relaxed) {
        return None;
    }
    HEAP.try_with(|h| h.get()).ok().filter(|h| !h.is_null())
}

/// mimalloc (the VM allocates many small objects, often from its own
/// thread, where the system allocator is slow to grow its arena), asked for plain `mi_malloc` blocks when their natural alignment
/// is enough (as Rust's own `System` allocator asks for plain `malloc`): the
/// aligned entry points that `mimalloc::MiMalloc` always uses take a slower
/// path whenever a size class needs refilling.
pub struct Allocator;

/// Every `mi_malloc` block is aligned to 8 bytes at least (16 from 16 bytes).
const PLAIN_ALIGN: usize = 8;

// SAFETY: every method forwards to mimalloc, whose blocks satisfy `layout`:
// a plain block is used only when the alignment asked for is at most
// `PLAIN_ALIGN`, otherwise the aligned entry points are called, and every
// block is freed by `mi_free`, which takes blocks from either.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if let Some(heap) = routed_heap() {
            return unsafe {
                libmimalloc_sys::mi_heap_malloc_aligned(heap, layout.size(), layout.align()).cast()
            };
        }
        if layout.align() <= PLAIN_ALIGN {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if let Some(heap) = routed_heap() {
            return unsafe {
                libmimalloc_sys::mi_heap_zalloc_aligned(heap, layout.size(), layout.align()).cast()
            };
        }
        if layout.align() <= PLAIN_ALIGN {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if let Some(heap) = routed_heap() {
            return unsafe {
                libmimalloc_sys::mi_heap_realloc_aligned(heap, ptr.cast(), new_size, layout.align())
                    .cast()
            };
        }
        if layout.align() <= PLAIN_ALIGN {
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

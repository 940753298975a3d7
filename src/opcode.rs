//! The opcodes of CPython 2.7 (CPython: `Lib/opcode.py`, `Include/opcode.h`).
//!
//! One table holds every opcode's number, name and the kind of its argument;
//! the disassembler, the debugger and the eval loop all read it.

/// Opcodes at or above this number take a two-byte argument.
pub const HAVE_ARGUMENT: u8 = 90;

/// What an opcode's argument means, as `dis` classifies it (`hasconst`, `hasname`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument.
    None,
    /// A plain number (a count, a flag set).
    Number,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// A jump relative to the next instruction.
    RelativeJump,
    /// A jump to an absolute offset.
    AbsoluteJump,
    /// An index into `co_varnames`.
    Local,
    /// An index into [`CMP_OP`].
    Compare,
    /// An index into `co_cellvars + co_freevars`.
    Free,
}

/// The comparison operators of `COMPARE_OP`, by argument (`dis.cmp_op`).
pub const CMP_OP: [&str; 12] = [
    "<",
    "<=",
    "==",
    "!=",
    ">",
    ">=",
    "in",
    "not in",
    "is",
    "is not",
    "exception match",
    "BAD",
];

macro_rules! opcodes {
    ($($name:ident = $num:literal $text:literal $kind:ident,)*) => {
        $(pub const $name: u8 = $num;)*

        /// The table entry of an opcode: its name and argument kind, or `None`
        /// for a number 2.7 does not define.
        pub fn info(op: u8) -> Option<(&'static str, ArgKind)> {
            match op {
                $($num => Some(($text, ArgKind::$kind)),)*
                _ => None,
            }
        }

        /// Every defined opcode, in numeric order.
        pub const ALL: &[u8] = &[$($num),*];
    };
}

opcodes! {
    STOP_CODE = 0 "STOP_CODE" None,
    POP_TOP = 1 "POP_TOP" None,
    ROT_TWO = 2 "ROT_TWO" None,
    ROT_THREE = 3 "ROT_THREE" None,
    DUP_TOP = 4 "DUP_TOP" None,
    ROT_FOUR = 5 "ROT_FOUR" None,
    NOP = 9 "NOP" None,
    UNARY_POSITIVE = 10 "UNARY_POSITIVE" None,
    UNARY_NEGATIVE = 11 "UNARY_NEGATIVE" None,
    UNARY_NOT = 12 "UNARY_NOT" None,
    UNARY_CONVERT = 13 "UNARY_CONVERT" None,
    UNARY_INVERT = 15 "UNARY_INVERT" None,
    BINARY_POWER = 19 "BINARY_POWER" None,
    BINARY_MULTIPLY = 20 "BINARY_MULTIPLY" None,
    BINARY_DIVIDE = 21 "BINARY_DIVIDE" None,
    BINARY_MODULO = 22 "BINARY_MODULO" None,
    BINARY_ADD = 23 "BINARY_ADD" None,
    BINARY_SUBTRACT = 24 "BINARY_SUBTRACT" None,
    BINARY_SUBSCR = 25 "BINARY_SUBSCR" None,
    BINARY_FLOOR_DIVIDE = 26 "BINARY_FLOOR_DIVIDE" None,
    BINARY_TRUE_DIVIDE = 27 "BINARY_TRUE_DIVIDE" None,
    INPLACE_FLOOR_DIVIDE = 28 "INPLACE_FLOOR_DIVIDE" None,
    INPLACE_TRUE_DIVIDE = 29 "INPLACE_TRUE_DIVIDE" None,
    SLICE_0 = 30 "SLICE+0" None,
    SLICE_1 = 31 "SLICE+1" None,
    SLICE_2 = 32 "SLICE+2" None,
    SLICE_3 = 33 "SLICE+3" None,
    STORE_SLICE_0 = 40 "STORE_SLICE+0" None,
    STORE_SLICE_1 = 41 "STORE_SLICE+1" None,
    STORE_SLICE_2 = 42 "STORE_SLICE+2" None,
    STORE_SLICE_3 = 43 "STORE_SLICE+3" None,
    DELETE_SLICE_0 = 50 "DELETE_SLICE+0" None,
    DELETE_SLICE_1 = 51 "DELETE_SLICE+1" None,
    DELETE_SLICE_2 = 52 "DELETE_SLICE+2" None,
    DELETE_SLICE_3 = 53 "DELETE_SLICE+3" None,
    STORE_MAP = 54 "STORE_MAP" None,
    INPLACE_ADD = 55 "INPLACE_ADD" None,
    INPLACE_SUBTRACT = 56 "INPLACE_SUBTRACT" None,
    INPLACE_MULTIPLY = 57 "INPLACE_MULTIPLY" None,
    INPLACE_DIVIDE = 58 "INPLACE_DIVIDE" None,
    INPLACE_MODULO = 59 "INPLACE_MODULO" None,
    STORE_SUBSCR = 60 "STORE_SUBSCR" None,
    DELETE_SUBSCR = 61 "DELETE_SUBSCR" None,
    BINARY_LSHIFT = 62 "BINARY_LSHIFT" None,
    BINARY_RSHIFT = 63 "BINARY_RSHIFT" None,
    BINARY_AND = 64 "BINARY_AND" None,
    BINARY_XOR = 65 "BINARY_XOR" None,
    BINARY_OR = 66 "BINARY_OR" None,
    INPLACE_POWER = 67 "INPLACE_POWER" None,
    GET_ITER = 68 "GET_ITER" None,
    PRINT_EXPR = 70 "PRINT_EXPR" None,
    PRINT_ITEM = 71 "PRINT_ITEM" None,
    PRINT_NEWLINE = 72 "PRINT_NEWLINE" None,
    PRINT_ITEM_TO = 73 "PRINT_ITEM_TO" None,
    PRINT_NEWLINE_TO = 74 "PRINT_NEWLINE_TO" None,
    INPLACE_LSHIFT = 75 "INPLACE_LSHIFT" None,
    INPLACE_RSHIFT = 76 "INPLACE_RSHIFT" None,
    INPLACE_AND = 77 "INPLACE_AND" None,
    INPLACE_XOR = 78 "INPLACE_XOR" None,
    INPLACE_OR = 79 "INPLACE_OR" None,
    BREAK_LOOP = 80 "BREAK_LOOP" None,
    WITH_CLEANUP = 81 "WITH_CLEANUP" None,
    LOAD_LOCALS = 82 "LOAD_LOCALS" None,
    RETURN_VALUE = 83 "RETURN_VALUE" None,
    IMPORT_STAR = 84 "IMPORT_STAR" None,
    EXEC_STMT = 85 "EXEC_STMT" None,
    YIELD_VALUE = 86 "YIELD_VALUE" None,
    POP_BLOCK = 87 "POP_BLOCK" None,
    END_FINALLY = 88 "END_FINALLY" None,
    BUILD_CLASS = 89 "BUILD_CLASS" None,
    STORE_NAME = 90 "STORE_NAME" Name,
    DELETE_NAME = 91 "DELETE_NAME" Name,
    UNPACK_SEQUENCE = 92 "UNPACK_SEQUENCE" Number,
    FOR_ITER = 93 "FOR_ITER" RelativeJump,
    LIST_APPEND = 94 "LIST_APPEND" Number,
    STORE_ATTR = 95 "STORE_ATTR" Name,
    DELETE_ATTR = 96 "DELETE_ATTR" Name,
    STORE_GLOBAL = 97 "STORE_GLOBAL" Name,
    DELETE_GLOBAL = 98 "DELETE_GLOBAL" Name,
    DUP_TOPX = 99 "DUP_TOPX" Number,
    LOAD_CONST = 100 "LOAD_CONST" Const,
    LOAD_NAME = 101 "LOAD_NAME" Name,
    BUILD_TUPLE = 102 "BUILD_TUPLE" Number,
    BUILD_LIST = 103 "BUILD_LIST" Number,
    BUILD_SET = 104 "BUILD_SET" Number,
    BUILD_MAP = 105 "BUILD_MAP" Number,
    LOAD_ATTR = 106 "LOAD_ATTR" Name,
    COMPARE_OP = 107 "COMPARE_OP" Compare,
    IMPORT_NAME = 108 "IMPORT_NAME" Name,
    IMPORT_FROM = 109 "IMPORT_FROM" Name,
    JUMP_FORWARD = 110 "JUMP_FORWARD" RelativeJump,
    JUMP_IF_FALSE_OR_POP = 111 "JUMP_IF_FALSE_OR_POP" AbsoluteJump,
    JUMP_IF_TRUE_OR_POP = 112 "JUMP_IF_TRUE_OR_POP" AbsoluteJump,
    JUMP_ABSOLUTE = 113 "JUMP_ABSOLUTE" AbsoluteJump,
    POP_JUMP_IF_FALSE = 114 "POP_JUMP_IF_FALSE" AbsoluteJump,
    POP_JUMP_IF_TRUE = 115 "POP_JUMP_IF_TRUE" AbsoluteJump,
    LOAD_GLOBAL = 116 "LOAD_GLOBAL" Name,
    CONTINUE_LOOP = 119 "CONTINUE_LOOP" AbsoluteJump,
    SETUP_LOOP = 120 "SETUP_LOOP" RelativeJump,
    SETUP_EXCEPT = 121 "SETUP_EXCEPT" RelativeJump,
    SETUP_FINALLY = 122 "SETUP_FINALLY" RelativeJump,
    LOAD_FAST = 124 "LOAD_FAST" Local,
    STORE_FAST = 125 "STORE_FAST" Local,
    DELETE_FAST = 126 "DELETE_FAST" Local,
    RAISE_VARARGS = 130 "RAISE_VARARGS" Number,
    CALL_FUNCTION = 131 "CALL_FUNCTION" Number,
    MAKE_FUNCTION = 132 "MAKE_FUNCTION" Number,
    BUILD_SLICE = 133 "BUILD_SLICE" Number,
    MAKE_CLOSURE = 134 "MAKE_CLOSURE" Number,
    LOAD_CLOSURE = 135 "LOAD_CLOSURE" Free,
    LOAD_DEREF = 136 "LOAD_DEREF" Free,
    STORE_DEREF = 137 "STORE_DEREF" Free,
    CALL_FUNCTION_VAR = 140 "CALL_FUNCTION_VAR" Number,
    CALL_FUNCTION_KW = 141 "CALL_FUNCTION_KW" Number,
    CALL_FUNCTION_VAR_KW = 142 "CALL_FUNCTION_VAR_KW" Number,
    SETUP_WITH = 143 "SETUP_WITH" RelativeJump,
    EXTENDED_ARG = 145 "EXTENDED_ARG" Number,
    SET_ADD = 146 "SET_ADD" Number,
    MAP_ADD = 147 "MAP_ADD" Number,
}

/// The name `dis` prints for an opcode: its own, or `<N>` for an undefined number.
pub fn name(op: u8) -> String {
    match info(op) {
        Some((name, _)) => name.to_string(),
        None => format!("<{op}>"),
    }
}

/// The argument kind of an opcode; undefined numbers above [`HAVE_ARGUMENT`]
/// still take an argument, as `dis` reads them.
pub fn arg_kind(op: u8) -> ArgKind {
    match info(op) {
        Some((_, kind)) => kind,
        None if op >= HAVE_ARGUMENT => ArgKind::Number,
        None => ArgKind::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_cpython_27() {
        // python2.7 -c "import opcode; print len([n for n in opcode.opname if n[0] != '<'])"
        assert_eq!(ALL.len(), 119);
        assert!(ALL.windows(2).all(|w| w[0] < w[1]));
        for &op in ALL {
            let (_, kind) = info(op).unwrap();
            assert_eq!(op >= HAVE_ARGUMENT, kind != ArgKind::None, "{}", name(op));
        }
        assert_eq!(name(BINARY_MODULO), "BINARY_MODULO");
        assert_eq!(name(SLICE_3), "SLICE+3");
        assert_eq!(name(6), "<6>");
        assert_eq!(arg_kind(200), ArgKind::Number);
    }
}

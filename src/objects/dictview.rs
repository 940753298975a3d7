//! Dict views (CPython: the `dict_keys`, `dict_values` and `dict_items`
//! types of `Objects/dictobject.c`): `d.viewkeys()`, `d.viewvalues()`,
//! `d.viewitems()`.
//!
//! A view holds its dict and shows it as it is now. Keys and items views
//! are set-like: `&`, `|`, `-`, `^` give a new `set`, and they compare with
//! sets and with each other by contents. Values views are neither: they
//! only have `len`, iteration and `in` (by iteration), and compare by
//! identity, as any object.

use std::rc::Rc;

use super::abstract_::{BinOp, CmpOp};
use super::dictobject::PyDict;
use super::iterobject::{DictPart, IterState, PyIter};
use super::methodobject::{Args, NativeFn};
use super::object::Value;
use super::stringobject::PyStr;
use crate::builtins::add_methods;
use crate::vm::{PyResult, Vm};

pub struct PyDictView {
    pub dict: Rc<PyDict>,
    pub part: DictPart,
}

impl PyDictView {
    /// Keys and items views behave as sets; values views do not.
    pub fn is_set_like(&self) -> bool {
        self.part != DictPart::Values
    }

    /// The type name: `dict_keys`, `dict_values` or `dict_items`.
    pub fn type_name(&self) -> &'static str {
        match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        }
    }

    /// The kind of iterator `iter(view)` gives.
    fn iterator_kind(&self) -> &'static str {
        match self.part {
            DictPart::Keys => "dictionary-keyiterator",
            DictPart::Values => "dictionary-valueiterator",
            DictPart::Items => "dictionary-itemiterator",
        }
    }
}

/// A new view of `dict`.
pub fn new_view(dict: Rc<PyDict>, part: DictPart) -> Value {
    Value::DictView(Rc::new(PyDictView { dict, part }))
}

/// A keys or items view.
fn set_like(v: &Value) -> Option<&Rc<PyDictView>> {
    match v {
        Value::DictView(d) if d.is_set_like() => Some(d),
        _ => None,
    }
}

/// What `PyAnySet_Check || PyDictViewSet_Check` accepts.
fn any_set(v: &Value) -> bool {
    matches!(v, Value::Set(_)) || set_like(v).is_some()
}

pub fn register(vm: &mut Vm) {
    let all: &[(&'static str, NativeFn)] = &[("__len__", view_len), ("__iter__", view_iter)];
    let set_ops: &[(&'static str, NativeFn)] = &[
        ("__contains__", view_contains),
        ("__and__", view_and),
        ("__or__", view_or),
        ("__sub__", view_sub),
        ("__xor__", view_xor),
        ("__rand__", view_rand),
        ("__ror__", view_ror),
        ("__rsub__", view_rsub),
        ("__rxor__", view_rxor),
    ];
    let types = [
        (vm.types.dict_keys.clone(), "dict_keys"),
        (vm.types.dict_values.clone(), "dict_values"),
        (vm.types.dict_items.clone(), "dict_items"),
    ];
    for (t, name) in types {
        add_methods(&t, name, all);
        if name != "dict_values" {
            add_methods(&t, name, set_ops);
        }
    }
}

impl Vm {
    /// `repr(view)`: `dict_keys([...])`, with `...` for a view met again
    /// inside itself (2.7.18's `Py_ReprEnter` in `dictview_repr`).
    pub fn dictview_repr(&mut self, v: &Value, view: &PyDictView) -> PyResult<Rc<PyStr>> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return Ok(Rc::new(PyStr::from("...")));
        }
        self.repr_stack.push(id);
        let inner = self
            .iterate(v)
            .and_then(|items| self.repr(&Value::list(items)));
        self.repr_stack.pop();
        let mut text = format!("{}(", view.type_name()).into_bytes();
        text.extend_from_slice(inner?.as_bytes());
        text.push(b')');
        Ok(Rc::new(PyStr::new(text.into())))
    }

    /// `iter(view)`: the dict's iterator over keys, values or items.
    pub fn dictview_iter(&self, view: &PyDictView) -> Value {
        PyIter::new(
            view.iterator_kind(),
            IterState::Dict {
                dict: view.dict.clone(),
                pos: 0,
                len: view.dict.len(),
                part: view.part,
            },
        )
    }

    /// `x in view`.
    pub fn dictview_contains(&mut self, view: &PyDictView, x: &Value) -> PyResult<bool> {
        match view.part {
            DictPart::Keys => {
                let h = self.hash(x)?;
                Ok(view.dict.get(x, h).is_some())
            }
            DictPart::Items => {
                let Value::Tuple(t) = x else {
                    return Ok(false);
                };
                if t.len() != 2 {
                    return Ok(false);
                }
                // PyDict_GetItem: a key that cannot be hashed is not there.
                let Ok(h) = self.hash(&t.items[0]) else {
                    return Ok(false);
                };
                match self.dict_get(&view.dict, &t.items[0], h)? {
                    Some(found) => self.eq(&t.items[1], &found),
                    None => Ok(false),
                }
            }
            DictPart::Values => {
                for v in view.dict.values() {
                    if self.eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// A comparison with a view on either side (`dictview_richcompare`,
    /// then its reflection); `None` when neither side decides it.
    pub fn dictview_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let Some(r) = self.dictview_richcompare(a, b, op)? {
            return Ok(Some(r));
        }
        let reflected = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        };
        self.dictview_richcompare(b, a, reflected)
    }

    /// `dictview_richcompare(v, w, op)`; `None` for `NotImplemented`.
    fn dictview_richcompare(&mut self, v: &Value, w: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if set_like(v).is_none() || !any_set(w) {
            return Ok(None);
        }
        let (len_v, len_w) = (self.len(v)?, self.len(w)?);
        Ok(Some(match op {
            CmpOp::Eq => len_v == len_w && self.all_contained_in(v, w)?,
            CmpOp::Ne => !(len_v == len_w && self.all_contained_in(v, w)?),
            CmpOp::Lt => len_v < len_w && self.all_contained_in(v, w)?,
            CmpOp::Le => len_v <= len_w && self.all_contained_in(v, w)?,
            CmpOp::Gt => len_v > len_w && self.all_contained_in(w, v)?,
            CmpOp::Ge => len_v >= len_w && self.all_contained_in(w, v)?,
            _ => return Ok(None),
        }))
    }

    /// Whether every item of `a` is in `b`.
    fn all_contained_in(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let it = self.iter(a)?;
        while let Some(item) = self.next(&it)? {
            if !self.contains(b, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a op b` for `&`, `|`, `-`, `^` when either side is a keys or items
    /// view (`dictviews_and` and friends): `set(a)` updated with `b`.
    /// `None` for other operators and operands.
    pub fn dictview_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if set_like(a).is_none() && set_like(b).is_none() {
            return Ok(None);
        }
        let method = match op {
            BinOp::Sub => "difference_update",
            BinOp::And => "intersection_update",
            BinOp::Or => "update",
            BinOp::Xor => "symmetric_difference_update",
            _ => return Ok(None),
        };
        let items = self.iterate(a)?;
        let result = self.new_set(items, false)?;
        let update = self.getattr(&result, &Rc::new(PyStr::from(method)))?;
        self.call1(&update, b.clone())?;
        Ok(Some(result))
    }
}

/// The view a method was called on.
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyDictView>> {
    match args.args.first() {
        Some(Value::DictView(d)) => Ok(d.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a dict view object"))),
    }
}

/// The arguments after `self` of a special method taking `n` of them,
/// checked as CPython's slot wrappers check them.
fn wrapper_args(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<Vec<Value>> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("wrapper {name} doesn't take keyword arguments")));
    }
    let rest = args.args.get(1..).unwrap_or_default();
    if rest.len() != n {
        return Err(vm.type_error(format!("expected {n} arguments, got {}", rest.len())));
    }
    Ok(rest.to_vec())
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "__len__")?;
    wrapper_args(vm, &args, "__len__", 0)?;
    Ok(Value::Int(view.dict.len() as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "__iter__")?;
    wrapper_args(vm, &args, "__iter__", 0)?;
    Ok(vm.dictview_iter(&view))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = this(vm, &args, "__contains__")?;
    let x = wrapper_args(vm, &args, "__contains__", 1)?;
    Ok(Value::bool(vm.dictview_contains(&view, &x[0])?))
}

/// `view.__op__(other)`, or `view.__rop__(other)` when `reflected`.
fn view_binary(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    this(vm, &args, name)?;
    let x = wrapper_args(vm, &args, name, 1)?.remove(0);
    let view = args.args[0].clone();
    let (a, b) = if reflected { (&x, &view) } else { (&view, &x) };
    Ok(vm
        .dictview_binary(a, b, op)?
        .unwrap_or(Value::NotImplemented))
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__and__", BinOp::And, false)
}

fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__or__", BinOp::Or, false)
}

fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__sub__", BinOp::Sub, false)
}

fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__xor__", BinOp::Xor, false)
}

fn view_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__rand__", BinOp::And, true)
}

fn view_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__ror__", BinOp::Or, true)
}

fn view_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__rsub__", BinOp::Sub, true)
}

fn view_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_binary(vm, args, "__rxor__", BinOp::Xor, true)
}

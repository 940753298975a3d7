//! Assigning a class's own special attributes (CPython: `typeobject.c`'s
//! `type_set_name`, `type_set_bases`, `type_subclasses`; `classobject.c`'s
//! `set_name`, `set_bases`): the checks CPython makes, a new MRO for the
//! class and every class below it, and the registry behind
//! `__subclasses__()`.

use std::rc::{Rc, Weak};

use super::methodobject::Args;
use super::object::Value;
use super::typenew::solid_base;
use super::typeobject::{bump_type_version, c3_mro, classic_mro, same_layout, PyType};
use crate::vm::{PyResult, Vm};

/// Notes `t` as a subclass of each of its bases (`add_subclass`).
pub fn register_subclass(t: &Rc<PyType>) {
    for b in t.bases.borrow().iter() {
        b.subclasses.borrow_mut().push(Rc::downgrade(t));
    }
}

fn unregister_subclass(t: &Rc<PyType>) {
    for b in t.bases.borrow().iter() {
        b.subclasses
            .borrow_mut()
            .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(t)));
    }
}

/// The subclasses of `t` still alive, oldest first.
fn live_subclasses(t: &PyType) -> Vec<Rc<PyType>> {
    let mut subs = t.subclasses.borrow_mut();
    subs.retain(|w| w.strong_count() > 0);
    subs.iter().filter_map(Weak::upgrade).collect()
}

/// `C.__subclasses__()`.
pub fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument"));
    };
    crate::builtins::method_args(vm, &args, "__subclasses__", 0, 0)?;
    Ok(Value::list(
        live_subclasses(t).into_iter().map(Value::Type).collect(),
    ))
}

impl Vm {
    /// `C.__name__ = v` and `C.__bases__ = v`; `None` for any other name.
    pub(crate) fn set_class_special(
        &mut self,
        t: &Rc<PyType>,
        key: &str,
        value: &Option<Value>,
    ) -> Option<PyResult<()>> {
        match key {
            "__name__" => Some(self.set_class_name(t, value)),
            "__bases__" => Some(self.set_class_bases(t, value)),
            _ => None,
        }
    }

    fn set_class_name(&mut self, t: &Rc<PyType>, value: &Option<Value>) -> PyResult<()> {
        let classic = t.is_classic();
        let s = match value {
            Some(Value::Str(s)) => s.clone(),
            _ if classic => return Err(self.type_error("__name__ must be a string object")),
            None => return Err(self.type_error(format!("can't delete {}.__name__", t.name()))),
            Some(v) => {
                return Err(self.type_error(format!(
                    "can only assign string to {}.__name__, not '{}'",
                    t.name(),
                    self.type_name(v)
                )))
            }
        };
        if s.as_bytes().contains(&0) {
            return Err(if classic {
                self.type_error("__name__ must not contain null bytes")
            } else {
                self.value_error("type name must not contain null characters")
            });
        }
        *t.name.borrow_mut() = s.to_text().into_owned();
        Ok(())
    }

    fn set_class_bases(&mut self, t: &Rc<PyType>, value: &Option<Value>) -> PyResult<()> {
        let items = match value {
            Some(Value::Tuple(items)) => items.items.to_vec(),
            _ if t.is_classic() => return Err(self.type_error("__bases__ must be a tuple object")),
            None => return Err(self.type_error(format!("can't delete {}.__bases__", t.name()))),
            Some(v) => {
                return Err(self.type_error(format!(
                    "can only assign tuple to {}.__bases__, not {}",
                    t.name(),
                    self.type_name(v)
                )))
            }
        };
        let mut bases = Vec::with_capacity(items.len());
        for item in &items {
            match item {
                Value::Type(b) if !t.is_classic() || b.is_classic() => bases.push(b.clone()),
                _ if t.is_classic() => {
                    return Err(self.type_error("__bases__ items must be classes"))
                }
                other => {
                    return Err(self.type_error(format!(
                        "{}.__bases__ must be tuple of old- or new-style classes, not '{}'",
                        t.name(),
                        self.type_name(other)
                    )))
                }
            }
        }
        if bases
            .iter()
            .any(|b| b.is_subtype(t) || classic_mro(b).iter().any(|c| Rc::ptr_eq(c, t)))
        {
            return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
        }
        if t.is_classic() {
            *t.bases.borrow_mut() = bases;
            *t.mro.borrow_mut() = classic_mro(t);
            bump_type_version();
            return Ok(());
        }
        if bases.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                t.name()
            )));
        }
        self.check_new_bases_layout(t, &bases)?;
        let old = std::mem::replace(&mut *t.bases.borrow_mut(), bases.clone());
        let old_mro = t.mro.borrow().clone();
        match c3_mro(t, &bases) {
            Ok(mro) => *t.mro.borrow_mut() = mro,
            Err(message) => {
                *t.bases.borrow_mut() = old;
                return Err(self.type_error(message));
            }
        }
        // Below the class, every MRO is recomputed; if one fails, those
        // already recomputed and the class's own are put back.
        let mut recomputed = Vec::new();
        if let Err(e) = self.update_subclass_mros(t, &mut recomputed) {
            for (sub, mro) in recomputed.into_iter().rev() {
                *sub.mro.borrow_mut() = mro;
            }
            *t.mro.borrow_mut() = old_mro;
            *t.bases.borrow_mut() = old;
            return Err(e);
        }
        // The class leaves its old bases' subclass lists for its new ones'.
        let now = std::mem::replace(&mut *t.bases.borrow_mut(), old);
        unregister_subclass(t);
        *t.bases.borrow_mut() = now;
        register_subclass(t);
        bump_type_version();
        Ok(())
    }

    /// The new bases must keep the instances' layout (`compatible_for_assignment`
    /// of the old and the new `best_base`).
    fn check_new_bases_layout(&mut self, t: &Rc<PyType>, bases: &[Rc<PyType>]) -> PyResult<()> {
        let new_base = bases
            .iter()
            .filter(|b| !b.is_classic())
            .max_by_key(|b| b.mro.borrow().iter().filter(|c| !c.heap).count())
            .cloned()
            .unwrap_or_else(|| self.types.object.clone());
        let old_base = t.bases.borrow().first().cloned();
        let Some(old_base) = old_base else {
            return Ok(());
        };
        let same_solid = match (solid_base(&old_base), solid_base(&new_base)) {
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            (a, b) => a.is_none() && b.is_none(),
        };
        if !same_solid || (old_base.heap && new_base.heap && !same_layout(&old_base, &new_base)) {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                new_base.name(),
                old_base.name()
            )));
        }
        Ok(())
    }

    /// Recomputes the MRO of every class below `t` (`mro_subclasses`),
    /// noting each class's MRO before.
    fn update_subclass_mros(
        &mut self,
        t: &Rc<PyType>,
        recomputed: &mut Vec<(Rc<PyType>, Vec<Rc<PyType>>)>,
    ) -> PyResult<()> {
        for sub in live_subclasses(t) {
            let bases = sub.bases.borrow().clone();
            let mro = c3_mro(&sub, &bases).map_err(|m| self.type_error(m))?;
            let before = std::mem::replace(&mut *sub.mro.borrow_mut(), mro);
            recomputed.push((sub.clone(), before));
            self.update_subclass_mros(&sub, recomputed)?;
        }
        Ok(())
    }
}

//! The `time` module (CPython: `Modules/timemodule.c`).
//!
//! Calendar arithmetic is done here rather than by the C library, and local
//! time is UTC: `localtime` equals `gmtime`, `mktime` inverts it, `timezone`
//! and `altzone` are 0 and `tzname` is `('UTC', 'UTC')`, whatever `TZ` says.
//! `strftime` knows the directives of the C locale of glibc. `strptime` is
//! not provided.

use std::rc::Rc;

use super::{builtin, check_args};
use crate::objects::methodobject::{Args, NativeFn};
use crate::objects::moduleobject::PyModule;
use crate::objects::object::Value;
use crate::objects::structseq;
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Option<Rc<PyModule>> {
    let m = crate::vm::import::new_module("time");
    let st = structseq::new_type(vm, &structseq::STRUCT_TIME);
    m.dict.set_str("struct_time", Value::Type(st));
    let functions: &[(&'static str, NativeFn)] = &[
        ("time", time_time),
        ("clock", time_clock),
        ("sleep", time_sleep),
        ("gmtime", time_gmtime),
        ("localtime", time_localtime),
        ("mktime", time_mktime),
        ("asctime", time_asctime),
        ("ctime", time_ctime),
        ("strftime", time_strftime),
        ("tzset", time_tzset),
    ];
    for &(name, f) in functions {
        m.dict.set_str(name, builtin(name, f));
    }
    m.dict.set_str("timezone", Value::Int(0));
    m.dict.set_str("altzone", Value::Int(0));
    m.dict.set_str("daylight", Value::Int(0));
    m.dict.set_str(
        "tzname",
        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
    );
    m.dict.set_str("accept2dyear", Value::Int(1));
    Some(m)
}

/// A broken-down time as C's `struct tm` holds it: month 0-11, weekday
/// 0-6 from Sunday, day of the year 0-365, year as is (not minus 1900).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
}

/// Days from 1970-01-01 to the given date of the proleptic Gregorian
/// calendar (month 1-12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month 1-12, day) `days` after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// `gmtime_r`: the UTC broken-down time of `t` seconds since the epoch, or
/// `None` when the year does not fit a C int.
pub fn gmtime(t: i64) -> Option<Tm> {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    if year - 1900 > i64::from(i32::MAX) || year - 1900 < i64::from(i32::MIN) {
        return None;
    }
    Some(Tm {
        year,
        mon: mon - 1,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: 0,
    })
}

/// `timegm`: seconds since the epoch of a broken-down UTC time, its fields
/// normalized as `mktime` normalizes them.
pub fn timegm(tm: &Tm) -> Option<i64> {
    let months = tm.year.checked_mul(12)?.checked_add(tm.mon)?;
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12));
    let days = days_from_civil(y, m + 1, 1).checked_add(tm.mday - 1)?;
    days.checked_mul(86_400)?
        .checked_add(tm.hour.checked_mul(3600)?)?
        .checked_add(tm.min.checked_mul(60)?)?
        .checked_add(tm.sec)
}

fn now() -> f64 {
    crate::vm::replay::clock(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0)
    })
}

/// `time()`.
fn time_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "time", &args, 0, 0)?;
    Ok(Value::float(now()))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

/// The processor time of this process so far, from the kernel's
/// accounting where it can be read.
fn cpu_time() -> f64 {
    if let Ok(text) = std::fs::read_to_string("/proc/self/schedstat") {
        if let Some(ns) = text
            .split_whitespace()
            .next()
            .and_then(|s| s.parse::<u64>().ok())
        {
            return ns as f64 / 1e9;
        }
    }
    START.with(|s| s.elapsed().as_secs_f64())
}

/// `clock()`: processor time in seconds.
fn time_clock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "clock", &args, 0, 0)?;
    Ok(Value::float(crate::vm::replay::clock(cpu_time)))
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match vm.as_float(v)? {
        Some(f) => Ok(f),
        None => {
            if let Value::Instance(_) = v {
                let name = crate::objects::stringobject::PyStr::from("__float__");
                if let Some(m) = vm.lookup_special(v, &name) {
                    if let Value::Float(f) = vm.call0(&m)? {
                        return Ok(f.get());
                    }
                }
            }
            Err(vm.type_error("a float is required"))
        }
    }
}

/// `sleep(secs)`.
fn time_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_parsed_args(vm, "sleep", &args, 1, 1).map_err(|_| {
        vm.type_error(format!(
            "sleep() takes exactly 1 argument ({} given)",
            args.args.len()
        ))
    })?;
    let secs = float_arg(vm, &args.args[0])?;
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.new_error_args(
            &vm.exc.io_error.clone(),
            Value::tuple(vec![Value::Int(22), Value::str("Invalid argument")]),
        ));
    }
    // A replayed stretch of a run (the debugger going back) does not wait.
    if secs > 0.0 && !crate::vm::replay::muted() {
        let d = std::time::Duration::try_from_secs_f64(secs).unwrap_or(std::time::Duration::MAX);
        std::thread::sleep(d);
    }
    Ok(Value::None)
}

/// The seconds argument of `gmtime`, `localtime` and `ctime`: now when
/// absent or None, else truncated to whole seconds as C's `time_t`.
fn seconds_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    super::check_parsed_args(vm, name, args, 0, 1)?;
    let when = match args.args.first() {
        None | Some(Value::None) => now(),
        Some(v) => float_arg(vm, v)?,
    };
    if when.is_nan() {
        return Err(overflow_errno(vm));
    }
    if when.is_infinite() || when.abs() >= 9_223_372_036_854_775_808.0 {
        return Err(vm.value_error("timestamp out of range for platform time_t"));
    }
    Ok(when as i64)
}

fn overflow_errno(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error_args(
        &vm.exc.value_error.clone(),
        Value::tuple(vec![
            Value::Int(75),
            Value::str("Value too large for defined data type"),
        ]),
    )
}

fn broken_down(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Tm> {
    let t = seconds_arg(vm, args, name)?;
    gmtime(t).ok_or_else(|| overflow_errno(vm))
}

/// A `struct_time` of a broken-down time.
fn struct_time(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let values = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon + 1),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int((tm.wday + 6) % 7),
        Value::Int(tm.yday + 1),
        Value::Int(tm.isdst),
    ];
    let time = vm.modules.get_str("time").and_then(|m| match m {
        Value::Module(m) => m.dict.get_str("struct_time"),
        _ => None,
    });
    let Some(Value::Type(t)) = time else {
        return Err(vm.system_error("time.struct_time is missing"));
    };
    Ok(structseq::new_instance(&t, values))
}

/// `gmtime([seconds])`.
fn time_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tm = broken_down(vm, &args, "gmtime")?;
    struct_time(vm, &tm)
}

/// `localtime([seconds])`: local time is UTC here.
fn time_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tm = broken_down(vm, &args, "localtime")?;
    struct_time(vm, &tm)
}

/// The nine values of a `struct_time`, if `v` is one.
fn struct_time_values(v: &Value) -> Option<Vec<Value>> {
    structseq::values_of(v, &structseq::STRUCT_TIME)
}

/// A C int field of a time tuple, as `PyArg_Parse` reads an `i`.
fn int_field(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Long(l) => {
            use num_traits::ToPrimitive;
            l.to_i64().unwrap_or(i64::MAX)
        }
        Value::Float(_) => return Err(vm.type_error("integer argument expected, got float")),
        Value::Instance(_) => vm.index_value(v, "an integer is required")?,
        _ => return Err(vm.type_error("an integer is required")),
    };
    if n > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if n < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(n)
}

/// `gettmarg`: a time tuple or `struct_time` as a broken-down time, with
/// Python 2's two-digit years.
fn gettmarg(vm: &mut Vm, v: &Value) -> PyResult<Tm> {
    let items = match struct_time_values(v) {
        Some(items) => items,
        None => match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            Value::Str(_) | Value::Unicode(_) | Value::Instance(_) => {
                if vm.len(v).is_err() {
                    return Err(vm.type_error(format!(
                        "argument must be 9-item sequence, not {}",
                        vm.type_name(v)
                    )));
                }
                vm.iterate(v)?
            }
            _ => {
                return Err(vm.type_error(format!(
                    "argument must be 9-item sequence, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!(
            "argument must be sequence of length 9, not {}",
            items.len()
        )));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = int_field(vm, item)?;
    }
    let mut year = f[0];
    if year < 1900 {
        let accept = vm.modules.get_str("time").and_then(|m| match m {
            Value::Module(m) => m.dict.get_str("accept2dyear"),
            _ => None,
        });
        let accepted = match accept {
            Some(a) => vm.truthy(&a)?,
            None => false,
        };
        if !accepted {
            return Err(vm.value_error("year >= 1900 required"));
        }
        year = match year {
            69..=99 => year + 1900,
            0..=68 => year + 2000,
            _ => return Err(vm.value_error("year out of range")),
        };
    }
    Ok(Tm {
        year,
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        // C's `%`: a negative weekday stays negative.
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
    })
}

/// The range checks (and the zero defaults) of `strftime` and `asctime`.
fn checktm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(())
}

/// `mktime(t)`: the inverse of `localtime`.
fn time_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "mktime", &args, 1, 1)?;
    let tm = gettmarg(vm, &args.args[0])?;
    match timegm(&tm) {
        Some(t) if gmtime(t).is_some() => Ok(Value::float(t as f64)),
        _ => Err(vm.overflow_error("mktime argument out of range")),
    }
}

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS.get(tm.wday as usize).copied().unwrap_or("?")
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS.get(tm.mon as usize).copied().unwrap_or("?")
}

/// C's `asctime` without its newline: `Thu Jan  1 00:00:00 1970`.
fn asctime(tm: &Tm) -> String {
    format!(
        "{:.3} {:.3}{:3} {:02}:{:02}:{:02} {}",
        day_name(tm),
        month_name(tm),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `asctime([t])`.
fn time_asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "asctime", &args, 0, 1)?;
    let tm = match args.args.first() {
        None => gmtime(now() as i64).ok_or_else(|| overflow_errno(vm))?,
        Some(v) => {
            let mut tm = gettmarg(vm, v)?;
            checktm(vm, &mut tm)?;
            tm
        }
    };
    Ok(Value::str(&asctime(&tm)))
}

/// `ctime([seconds])`: `asctime(localtime(seconds))`.
fn time_ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tm = broken_down(vm, &args, "ctime")?;
    Ok(Value::str(&asctime(&tm)))
}

/// `tzset()`: local time stays UTC.
fn time_tzset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "tzset", &args, 0, 0)?;
    Ok(Value::None)
}

/// The ISO 8601 year and week of a broken-down time (`%G`, `%V`).
fn iso_week(tm: &Tm) -> (i64, i64) {
    // The Monday-based weekday (0-6) and the days to that week's Thursday.
    let wd = (tm.wday + 6) % 7;
    let thursday_yday = tm.yday - wd + 3;
    let year_len = |y: i64| if is_leap(y) { 366 } else { 365 };
    if thursday_yday < 0 {
        let prev = tm.year - 1;
        let t = thursday_yday + year_len(prev);
        return (prev, t / 7 + 1);
    }
    if thursday_yday >= year_len(tm.year) {
        return (tm.year + 1, 1);
    }
    (tm.year, thursday_yday / 7 + 1)
}

/// `strftime` for the C locale, as glibc formats. An unknown directive is
/// copied as it stands.
pub fn strftime(fmt: &[u8], tm: &Tm) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    let hour12 = |h: i64| if h % 12 == 0 { 12 } else { h % 12 };
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' || i + 1 >= fmt.len() {
            out.push(c);
            i += 1;
            continue;
        }
        // glibc's flags: `-` no padding, `_` spaces, `0` zeros, `^` upper case;
        // the `E` and `O` modifiers change nothing in the C locale.
        let mut j = i + 1;
        let mut flag = None;
        while j < fmt.len() && matches!(fmt[j], b'-' | b'_' | b'0' | b'^') {
            flag = Some(fmt[j]);
            j += 1;
        }
        if j + 1 < fmt.len() && matches!(fmt[j], b'E' | b'O') && fmt[j + 1].is_ascii_alphabetic() {
            j += 1;
        }
        if j >= fmt.len() {
            out.extend_from_slice(&fmt[i..]);
            break;
        }
        let d = fmt[j];
        let start = i;
        i = j + 1;
        let text = match d {
            b'a' => format!("{:.3}", day_name(tm)),
            b'A' => day_name(tm).to_string(),
            b'b' | b'h' => format!("{:.3}", month_name(tm)),
            b'B' => month_name(tm).to_string(),
            b'c' => String::from_utf8_lossy(&strftime(b"%a %b %e %H:%M:%S %Y", tm)).into_owned(),
            b'C' => format!("{:02}", tm.year.div_euclid(100)),
            b'd' => format!("{:02}", tm.mday),
            b'D' | b'x' => String::from_utf8_lossy(&strftime(b"%m/%d/%y", tm)).into_owned(),
            b'e' => format!("{:2}", tm.mday),
            b'F' => String::from_utf8_lossy(&strftime(b"%Y-%m-%d", tm)).into_owned(),
            b'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            b'G' => iso_week(tm).0.to_string(),
            b'H' => format!("{:02}", tm.hour),
            b'I' => format!("{:02}", hour12(tm.hour)),
            b'j' => format!("{:03}", tm.yday + 1),
            b'k' => format!("{:2}", tm.hour),
            b'l' => format!("{:2}", hour12(tm.hour)),
            b'm' => format!("{:02}", tm.mon + 1),
            b'M' => format!("{:02}", tm.min),
            b'n' => "\n".to_string(),
            b'p' => (if tm.hour >= 12 { "PM" } else { "AM" }).to_string(),
            b'P' => (if tm.hour >= 12 { "pm" } else { "am" }).to_string(),
            b'r' => String::from_utf8_lossy(&strftime(b"%I:%M:%S %p", tm)).into_owned(),
            b'R' => String::from_utf8_lossy(&strftime(b"%H:%M", tm)).into_owned(),
            b's' => timegm(tm).unwrap_or(-1).to_string(),
            b'S' => format!("{:02}", tm.sec),
            b't' => "\t".to_string(),
            b'T' | b'X' => String::from_utf8_lossy(&strftime(b"%H:%M:%S", tm)).into_owned(),
            b'u' => (if tm.wday == 0 { 7 } else { tm.wday }).to_string(),
            b'U' => format!("{:02}", (tm.yday + 7 - tm.wday) / 7),
            b'V' => format!("{:02}", iso_week(tm).1),
            b'w' => tm.wday.to_string(),
            b'W' => format!("{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
            b'y' => format!("{:02}", tm.year.rem_euclid(100)),
            b'Y' => tm.year.to_string(),
            b'z' => "+0000".to_string(),
            b'Z' => "UTC".to_string(),
            b'%' => "%".to_string(),
            _ => {
                out.extend_from_slice(&fmt[start..i]);
                continue;
            }
        };
        out.extend_from_slice(apply_flag(text, flag).as_bytes());
    }
    out
}

/// A conversion's text under a glibc flag.
fn apply_flag(text: String, flag: Option<u8>) -> String {
    let pad = |c: char| {
        let body = text.trim_start_matches([' ', '0']);
        let body = if body.is_empty() && !text.is_empty() {
            "0"
        } else {
            body
        };
        let fill = text.len() - body.len();
        let mut s: String = std::iter::repeat_n(c, fill).collect();
        s.push_str(body);
        s
    };
    let numeric = !text.is_empty() && text.trim_start().chars().all(|c| c.is_ascii_digit());
    match flag {
        Some(b'-') if numeric => {
            let body = text.trim_start_matches([' ', '0']);
            if body.is_empty() {
                "0".to_string()
            } else {
                body.to_string()
            }
        }
        Some(b'_') if numeric => pad(' '),
        Some(b'0') if numeric => pad('0'),
        Some(b'^') => text.to_uppercase(),
        _ => text,
    }
}

/// `strftime(format[, t])`.
fn time_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_parsed_args(vm, "strftime", &args, 1, 2)?;
    let fmt: Vec<u8> = match &args.args[0] {
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Unicode(u) => {
            let chars: Vec<u32> = vm.to_unicode(&Value::Unicode(u.clone()))?;
            vm.encode_ascii(&chars)?.as_bytes().to_vec()
        }
        other => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be string, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mut tm = match args.args.get(1) {
        None => gmtime(now() as i64).ok_or_else(|| overflow_errno(vm))?,
        Some(v) => gettmarg(vm, v)?,
    };
    checktm(vm, &mut tm)?;
    Ok(Value::bytes(&strftime(&fmt, &tm)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gmtime_of_known_instants() {
        let tm = gmtime(1_234_567_890).unwrap();
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday),
            (2009, 1, 13, 23, 31, 30, 5, 43)
        );
        let tm = gmtime(-1).unwrap();
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.wday, tm.yday),
            (1969, 11, 31, 3, 364)
        );
        let tm = gmtime(951_782_400).unwrap(); // 2000-02-29
        assert_eq!((tm.year, tm.mon, tm.mday, tm.yday), (2000, 1, 29, 59));
    }

    #[test]
    fn timegm_inverts_gmtime_and_normalizes() {
        for t in [
            0,
            1,
            -1,
            86_399,
            951_782_400,
            1_234_567_890,
            -10_000_000_000,
        ] {
            assert_eq!(timegm(&gmtime(t).unwrap()), Some(t));
        }
        let mut tm = gmtime(0).unwrap();
        tm.mon = 12; // January of the next year
        assert_eq!(timegm(&tm), Some(365 * 86_400));
    }

    #[test]
    fn strftime_directives() {
        let tm = gmtime(1_234_567_890).unwrap();
        let out = strftime(b"%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %Z %% %c", &tm);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "2009-02-13 23:31:30 Fri Friday Feb February 044 PM 09 UTC % Fri Feb 13 23:31:30 2009"
        );
        let out = strftime(b"%U %W %w %e %I %G %V %Q %", &tm);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "06 06 5 13 11 2009 07 %Q %"
        );
    }
}

//! What each rule, or a union of rules, costs the text path's automata on a file: for choosing
//! a rule's `automaton` (rules that match word shapes everywhere need one of their own).
//!
//! `cargo run --profile fast -p piimap-classify --example rule_times -- FILE [CACHE_MIB]`: each
//! rule alone; `RGROUPS='name-western;email,vin,phone'` times unions of rules (by id prefix);
//! `RSHOW=rule-id` prints the rule's first 40 matches.
use regex_automata::meta::Regex;
use regex_automata::Input;
fn run(re: &Regex, text: &str) -> (usize, f64, usize) {
    let mut cache = re.create_cache();
    let t = std::time::Instant::now();
    let mut n = 0;
    let mut pos = 0;
    let b = text.as_bytes();
    while let Some(m) = re.search_with(&mut cache, &Input::new(b).span(pos..b.len())) {
        n += 1;
        pos = m.end().max(m.start() + 1);
        while pos < b.len() && !text.is_char_boundary(pos) { pos += 1; }
    }
    (n, t.elapsed().as_secs_f64(), cache.memory_usage() / 1024)
}
fn build(p: &[&str], cap: usize) -> Regex {
    Regex::builder()
        .configure(Regex::config().hybrid_cache_capacity(cap << 20).nfa_size_limit(Some(64 << 20)).which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit))
        .build_many(p).unwrap()
}
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let cap: usize = std::env::args().nth(2).map(|s| s.parse().unwrap()).unwrap_or(8);
    let text = std::fs::read_to_string(path).unwrap();
    let rules = piimap_classify::rules::embedded_rules().unwrap();
    if let Ok(id) = std::env::var("RSHOW") {
        let r = rules.iter().find(|r| r.spec.id == id).unwrap();
        let re = build(&[&r.spec.pattern], cap);
        for m in re.find_iter(text.as_bytes()).take(40) { println!("{:?}", &text[m.start()..m.end()]); }
        return;
    }
    let groups = std::env::var("RGROUPS").unwrap_or_default();
    if groups.is_empty() {
        let mut total = 0.0;
        for r in &rules {
            let (n, s, c) = run(&build(&[&r.spec.pattern], cap), &text);
            total += s;
            println!("{:32} {:8} matches {:7.3} s  cache {} KB", r.spec.id, n, s, c);
        }
        println!("total {total:.3}");
        return;
    }
    let mut total = 0.0;
    for g in groups.split(';') {
        let pats: Vec<&str> = rules.iter().filter(|r| g.split(',').any(|p| r.spec.id.starts_with(p) && !g.split(',').any(|q| q.starts_with('-') && r.spec.id.starts_with(&q[1..])))).map(|r| r.spec.pattern.as_str()).collect();
        let (n, s, c) = run(&build(&pats, cap), &text);
        total += s;
        println!("{:60} {} rules {:8} matches {:7.3} s  cache {} KB", g, pats.len(), n, s, c);
    }
    println!("total {total:.3}");
}

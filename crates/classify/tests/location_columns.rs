//! Coordinate columns judged by their values: opaque headers, decimal commas, one `lon,lat`
//! string per value, position arrays; and the float pairs that are not positions.

use piimap_classify::column::location_pairs;
use piimap_classify::{ColumnProfile, Engine};

/// A deterministic spread of values around a centre (no two alike).
fn spread(centre: f64, step: f64, n: usize, decimals: usize) -> Vec<String> {
    (0..n).map(|i| format!("{:.*}", decimals, centre + step * ((i * 7919 % 97) as f64 / 97.0 - 0.5))).collect()
}

fn profiles(engine: &Engine, columns: &[(&str, Vec<String>)]) -> Vec<ColumnProfile> {
    columns
        .iter()
        .map(|(field, values)| {
            let mut p = ColumnProfile::new(*field);
            for v in values {
                let mut m = Vec::new();
                engine.scan_text(v, Some(field), &mut m);
                p.observe(engine, v, &m);
            }
            p
        })
        .collect()
}

fn flagged(engine: &Engine, columns: &[(&str, Vec<String>)]) -> Vec<usize> {
    let mut found: Vec<usize> = location_pairs(&profiles(engine, columns)).into_iter().map(|(i, _)| i).collect();
    found.sort();
    found
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{}", 1000 + i)).collect()
}

#[test]
fn opaque_headers_judged_by_values() {
    let e = Engine::embedded().expect("rules");
    let cols = [
        ("col1", ids(40)),
        ("col3", spread(48.1, 0.4, 40, 6)),
        ("col4", spread(11.5, 0.6, 40, 6)),
        ("col5", spread(60.0, 40.0, 40, 1)),
    ];
    assert_eq!(flagged(&e, &cols), [1, 2]);
    // Longitude first, southern and western hemispheres.
    let cols = [("f_05", spread(-58.4, 0.3, 30, 5)), ("f_06", spread(-34.6, 0.3, 30, 5)), ("f_07", ids(30))];
    assert_eq!(flagged(&e, &cols), [0, 1]);
}

#[test]
fn decimal_commas_and_ambiguous_headers() {
    let e = Engine::embedded().expect("rules");
    let comma = |v: Vec<String>| v.into_iter().map(|s| s.replace('.', ",")).collect::<Vec<_>>();
    let cols = [
        ("tijdstip", ids(30)),
        ("lat", comma(spread(52.1, 0.5, 30, 6))),
        ("Länge", comma(spread(5.3, 0.5, 30, 6))),
        ("Temperatur", comma(spread(15.0, 20.0, 30, 1))),
    ];
    assert_eq!(flagged(&e, &cols), [1, 2]);
    // `Breite` and `Länge` are also a width and a length: with measurement precision they are.
    let cols = [("Breite", spread(40.0, 20.0, 30, 2)), ("Länge", spread(90.0, 40.0, 30, 2))];
    assert!(flagged(&e, &cols).is_empty());
}

#[test]
fn one_pair_per_value() {
    let e = Engine::embedded().expect("rules");
    let lon = spread(151.2, 0.5, 30, 6);
    let lat = spread(-33.9, 0.5, 30, 6);
    let pos: Vec<String> = lon.iter().zip(&lat).map(|(x, y)| format!("{x},{y}")).collect();
    let cols = [("ts", ids(30)), ("pos", pos), ("speed", spread(40.0, 30.0, 30, 1))];
    assert_eq!(flagged(&e, &cols), [1]);
    let scores: Vec<String> = (0..30).map(|i| format!("{}.{:02},{}.{:02}", i % 5, i, i % 4, 99 - i)).collect();
    assert!(flagged(&e, &[("xg", scores)]).is_empty(), "two decimals are scores, not positions");
}

#[test]
fn position_arrays() {
    let e = Engine::embedded().expect("rules");
    let mut values = Vec::new();
    for (a, b) in spread(35.6, 0.2, 20, 5).into_iter().zip(spread(139.7, 0.2, 20, 5)) {
        values.push(a);
        values.push(b);
    }
    assert_eq!(flagged(&e, &[("$.trips[*].latlng[*]", values.clone())]), [0]);
    assert_eq!(flagged(&e, &[("$.position[*]", values.clone())]), [0]);
    let screen: Vec<String> = (0..40).map(|i| format!("{}.5", 100 + i * 7)).collect();
    assert!(flagged(&e, &[("$.position[*]", screen)]).is_empty(), "pixel positions");
    assert!(flagged(&e, &[("$.position", values)]).is_empty(), "not an array");
}

#[test]
fn float_pairs_that_are_not_positions() {
    let e = Engine::embedded().expect("rules");
    // Sensor readings in millimetres with three decimals.
    let cols = [("x_mm", spread(80.0, 100.0, 30, 3)), ("y_mm", spread(60.0, 50.0, 30, 3))];
    assert!(flagged(&e, &cols).is_empty());
    // Precise, in range, but the headers say price and ratio.
    let cols = [("unit_price", spread(45.0, 60.0, 30, 4)), ("fx_rate", spread(1.1, 0.2, 30, 5))];
    assert!(flagged(&e, &cols).is_empty());
    let cols = [("temp_c", spread(21.0, 10.0, 30, 4)), ("humidity", spread(55.0, 30.0, 30, 4))];
    assert!(flagged(&e, &cols).is_empty());
    // A vector of three precise columns (accelerometer, embeddings) is not a position.
    let cols = [("c1", spread(9.8, 2.0, 30, 5)), ("c2", spread(3.2, 2.0, 30, 5)), ("c3", spread(5.1, 2.0, 30, 5))];
    assert!(flagged(&e, &cols).is_empty());
    // Probabilities below 1.
    let cols = [("c1", spread(0.5, 0.8, 30, 5)), ("c2", spread(0.4, 0.6, 30, 5))];
    assert!(flagged(&e, &cols).is_empty());
    // A constant pair, and a pair where one side leaves longitude range.
    let cols = [("c1", vec!["35.681200".to_string(); 30]), ("c2", vec!["139.767100".to_string(); 30])];
    assert!(flagged(&e, &cols).is_empty());
    let cols = [("c1", spread(45.0, 10.0, 30, 5)), ("c2", spread(400.0, 100.0, 30, 5))];
    assert!(flagged(&e, &cols).is_empty());
    // Too few values to judge.
    let cols = [("c1", spread(35.6, 0.2, 3, 6)), ("c2", spread(139.7, 0.2, 3, 6))];
    assert!(flagged(&e, &cols).is_empty());
}

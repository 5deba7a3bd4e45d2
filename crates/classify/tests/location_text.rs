//! Coordinates in running text and logs, line by line: every written form is found, and number
//! pairs that are statistics, versions or timings never are.

use piimap_classify::Engine;
use piimap_model::Category;

fn categories(e: &Engine, line: &str) -> Vec<Category> {
    let mut out = Vec::new();
    e.scan_text(line, None, &mut out);
    out.iter().map(|m| e.rules()[m.rule].category).collect()
}

#[test]
fn every_written_form_is_a_location() {
    let e = Engine::embedded().expect("rules");
    let lines = [
        "2024-05-01 12:00:01 INFO trip end 35°41'22\"N 139°41'30\"E",
        "Standort: 48° 8′ 14.6″ N, 11° 34′ 31.4″ E",
        "Stopped at N 48° 08.243', E 011° 34.523'",
        "last fix 33.8688°S, 151.2093°E",
        "driver reported lat: 35.68123 / lng: 139.76712",
        "latitude 35.6812, longitude 139.7671",
        "pin (35.6812; 139.7671)",
        "share https://www.google.com/maps/@35.6812,139.7671,15z",
        "https://maps.google.com/?q=35.6812,139.7671",
        "https://www.openstreetmap.org/?mlat=35.6812&mlon=139.7671#map=15/35.6812/139.7671",
        "https://www.openstreetmap.org/#map=17/48.13737/11.57552",
        "{\"id\": 7, \"latlng\": [35.6812, 139.7671]}",
        "{\"geometry\": {\"coordinates\": [139.7671, 35.6812]}}",
        "{\"position\": [35.68123, 139.76712]}",
        "marker [35.6812, 139.7671]",
        "Pannenort: 48,13737; 11,57552",
        "{\"log\":\"{\\\"vin\\\":\\\"X\\\",\\\"lat\\\":-23.581979,\\\"lon\\\":-46.656096}\\n\"}",
        "$GNRMC,092751.000,A,5321.6802,N,00630.3371,W,0.06,31.66,280511,,,A*5B",
    ];
    for line in lines {
        assert!(categories(&e, line).contains(&Category::Location), "{line}");
    }
}

#[test]
fn number_pairs_in_logs_are_not_locations() {
    let e = Engine::embedded().expect("rules");
    let lines = [
        "ratio 79.4384, 122.0844 (model score, not geo)",
        "INFO eval score 79.43841, 12.08442 after epoch 3",
        "p50 12.34567, 45.67891",
        "latency avg 12.34567, 45.67891 ms",
        "mean 35.68123, 139.76712",
        "GC pause 12.34567, 45.67891 ms",
        "disk usage 35.68123, 79.76712 %",
        "version 10.2, 4.5",
        "upgraded to 12.3456, 45.6789 (build 77)",
        "weights [0.1234, 35.68123, 139.76712, 0.5]",
        "GET https://cdn.example.com/lib/3.45678,12.34567/app.js 200",
        "temps 21.5° 22.4° 23.1°",
        "$GPRMC,123519,V,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*7D",
        "$GPGGA,123519,0000.000,N,00000.000,E,1,08,0.9,545.4,M,46.9,M,,*45",
        "$GNGNS,014035.00,,,,,NN,00,,,,,*7E",
    ];
    for line in lines {
        assert!(!categories(&e, line).contains(&Category::Location), "{line}");
    }
}

#[test]
fn vin_shaped_part_numbers() {
    let e = Engine::embedded().expect("rules");
    for line in ["part number 1M8GDM9AXKP042788 (brake pads)", "P/N: JH4KA7561PC008269", "SKU 3ZRJ2J0X4P3ZC0512 in stock", "S/N KT2A9EEZ4D8ED4266"] {
        assert!(!categories(&e, line).contains(&Category::Vin), "{line}");
    }
    for line in ["VIN 1M8GDM9AXKP042788", "vehicle 1M8GDM9AXKP042788 parked", "VIN / part no. JH4KA7561PC008269"] {
        assert!(categories(&e, line).contains(&Category::Vin), "{line}");
    }
    // A wrong check digit is never a VIN without VIN context.
    assert!(!categories(&e, "ref 1M8GDM9AXKP042789").contains(&Category::Vin));
}

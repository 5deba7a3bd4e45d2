fn main() { std::process::exit(piimap_cli::run()) }

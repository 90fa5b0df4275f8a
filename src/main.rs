//! The skillgap binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    skillgap::main()
}

fn main() {
    antragssimulator::ui::mount();
}

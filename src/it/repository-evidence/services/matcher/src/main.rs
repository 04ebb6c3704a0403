fn main() {
    let book = Vec::<u64>::new();

    println!("{}", book.len());
}

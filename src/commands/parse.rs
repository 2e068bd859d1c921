//! `kamerlint parse FILE`: the document model as kamerlint read it, as
//! text or JSON (what a layout or a reader made of a file).

use kamerlint::config::Config;
use kamerlint::report::parse;

use crate::cli::{self, ParseArgs, ParseFormat};
use crate::{emit, read_and_check, FAILURE};

const DUMP: kamerlint::lang::Msg = kamerlint::lang::Msg::new(
    "de JSON-weergave kon niet geschreven worden: {error}",
    "could not write the JSON dump: {error}",
);

pub(crate) fn parse_file(args: &ParseArgs) -> u8 {
    let input = cli::Input {
        path: args.file.clone(),
        display: cli::display(&args.file),
    };
    let document = match read_and_check(&input, Config::standard(), &kamerlint::Versions::default())
    {
        Ok(result) => result.document,
        Err(error) => {
            fail!("{error}");
            return FAILURE;
        }
    };
    let output = match args.format {
        ParseFormat::Text => parse::text(&document),
        ParseFormat::Json => match parse::json(&document) {
            Ok(text) => text,
            Err(e) => {
                fail!("{}", DUMP.say(&[("error", &e)]));
                return FAILURE;
            }
        },
    };
    if emit(&output) {
        0
    } else {
        FAILURE
    }
}

// The bulletin's dates, after recognition (docs/recognition.md, "The
// bulletin's date"): the date it was published or stated, and the date its
// figures are "as of".
#pragma once

#include "aksesibel/document.hpp"
#include "data/language_data.hpp"
#include "recognise/recognise.hpp"

namespace aksesibel::readers {

/// Fill metadata.date and metadata.data_date (with their printed texts).
/// The date is, in this order: the dateline's; the page's time stamp (a
/// removed "waktu-terbit" line); the first date of the body said with a
/// weekday that agrees with it; the headline's; the first full date of the
/// body; the first date without a year. Dates compared with ("dibanding
/// Sabtu (25/4)") or of background ("sejak 2 Maret 2020", "periode …") are
/// never taken, and a weekday that disproves a date rules it out. The data
/// date is the first date after "per", "hingga", "kondisi"… that is not after
/// the bulletin's date, else a statement's date a day or two before a time
/// stamp, else the bulletin's date. A date that cannot be fixed is left out.
void find_dates(Document& doc, const text::Recogniser& recogniser, const data::LanguageData& data);

}  // namespace aksesibel::readers

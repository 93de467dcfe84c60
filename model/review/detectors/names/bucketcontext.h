// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv {

// What a bucket's categories are, read from the words of its question label, question text, axis labels,
// title and description (English, Dutch, German, French, Spanish; snake_case and camelCase split): a person
// bucket ("tickets_per_agent", "Umsatz pro Kunde") holds people, so every category is a name unless it is a
// placeholder, a team or a number; a thing bucket ("Sales per product", "Livres par titre") holds things, so
// only the strongest name evidence counts; otherwise the bucket is unlabelled and its categories decide. The
// word after "per", "by", "pro", "par", "por" names the category axis and weighs most, then the axis labels,
// then the other texts; when both kinds are named, person wins a tie (a missed name is the worse error).
// Value type; rate() is stateless and thread-safe.
struct BucketContext
{
    enum class Kind { Unlabelled, Person, Thing };

    // The texts a bucket carries (any may be empty).
    struct Texts
    {
        QString label, question, description, xlabel, ylabel, title;
    };

    Kind kind = Kind::Unlabelled;
    bool handles = false; // user / login / username buckets: handle-shaped categories are people
    QString word;         // the deciding word as written ("agent", "Kunde")
    QString field;        // where it stands: "label", "question", "x axis label", "y axis label", …

    static BucketContext rate(const Texts &texts);

    // Every field: two buckets rated equal are read alike by the detectors (a review's memo relies on it).
    bool operator==(const BucketContext &o) const
    {
        return kind == o.kind && handles == o.handles && word == o.word && field == o.field;
    }
};

} // namespace iv

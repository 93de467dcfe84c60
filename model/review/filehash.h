// SPDX-License-Identifier: MIT
#pragma once

#include "localizedtext.h"

#include <QString>

#include <atomic>

namespace iv {

// The SHA-256 of an open file's bytes, read from its descriptor (pread, from offset 0 to the end) through
// OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them (several times the speed
// of QCryptographicHash on these machines). The review hashes on a thread of its own while SQLite reads the
// same descriptor's file: the identity checks at the end of the review (same device, inode, size, times, and
// a second hash of a file changed within the clock's slack) make the hash and the findings one file's.
// Blocking; thread-safe (each call its own context and buffer).
namespace FileHash {

struct Result
{
    QString sha256;      // lower-case hex; empty on error or when cancelled
    LocalizedText error; // as FileIdentity words it: "cannot be read (…)", "changed while it was hashed (…)"
    bool cancelled = false;
};

// expectedSize: fstat's size when the identity was read; reading another number of bytes is an error.
Result sha256(int fd, qint64 expectedSize, const std::atomic_bool *cancel = nullptr);

} // namespace FileHash
} // namespace iv

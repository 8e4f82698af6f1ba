#pragma once
// zstd compression of protocol bodies. Decompression is bounded so that a small hostile body
// cannot expand into gigabytes ("zip bomb").

#include <QByteArray>
#include <optional>

namespace compression {

QByteArray zstdCompress(const QByteArray &data, int level = 3);
// Returns nullopt when the input is not a valid zstd stream or would expand beyond maxOutput;
// tooLarge (optional) is set to true in the second case only.
std::optional<QByteArray> zstdDecompress(const QByteArray &data, qsizetype maxOutput,
                                         bool *tooLarge = nullptr);

} // namespace compression

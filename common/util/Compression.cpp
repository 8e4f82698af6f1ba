#include "common/util/Compression.h"

#include <zstd.h>

#include <memory>

namespace compression {

QByteArray zstdCompress(const QByteArray &data, int level)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(data.size()))),
                   Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), static_cast<size_t>(out.size()), data.constData(),
                                   static_cast<size_t>(data.size()), level);
    if (ZSTD_isError(n))
        return {};
    out.truncate(static_cast<qsizetype>(n));
    return out;
}

std::optional<QByteArray> zstdDecompress(const QByteArray &data, qsizetype maxOutput,
                                         bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    const auto overflow = [tooLarge] {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    };
    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(ZSTD_createDStream(),
                                                                       &ZSTD_freeDStream);
    if (!stream || ZSTD_isError(ZSTD_initDStream(stream.get())))
        return std::nullopt;
    QByteArray out;
    QByteArray chunk(static_cast<qsizetype>(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in{data.constData(), static_cast<size_t>(data.size()), 0};
    size_t last = 1;
    while (in.pos < in.size) {
        ZSTD_outBuffer ob{chunk.data(), static_cast<size_t>(chunk.size()), 0};
        last = ZSTD_decompressStream(stream.get(), &ob, &in);
        if (ZSTD_isError(last))
            return std::nullopt;
        if (out.size() + static_cast<qsizetype>(ob.pos) > maxOutput)
            return overflow();
        out.append(chunk.constData(), static_cast<qsizetype>(ob.pos));
        if (last == 0 && in.pos < in.size) {
            // another frame follows; keep going
            continue;
        }
    }
    // Flush anything still buffered in the decoder.
    while (last != 0) {
        ZSTD_outBuffer ob{chunk.data(), static_cast<size_t>(chunk.size()), 0};
        last = ZSTD_decompressStream(stream.get(), &ob, &in);
        if (ZSTD_isError(last))
            return std::nullopt;
        if (ob.pos == 0)
            return std::nullopt; // truncated frame
        if (out.size() + static_cast<qsizetype>(ob.pos) > maxOutput)
            return overflow();
        out.append(chunk.constData(), static_cast<qsizetype>(ob.pos));
    }
    return out;
}

} // namespace compression

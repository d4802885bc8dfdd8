// libFuzzer target for the .capflow reader: CapflowFormat::read on arbitrary bytes.
// Besides the sanitizers' findings it checks that problems point into the input, and that a
// document read without problems survives a save and a reload unchanged (the format's promise:
// saving a file CapFlow wrote reproduces it byte for byte).
#include "FuzzCheck.h"
#include "io/CapflowFormat.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.capflow");
    const CapflowFormat::ReadResult result = CapflowFormat::read(input, fileName);
    FuzzCheck::checkProblems(result.problems, input, fileName);
    if (!result.ok())
        return 0;

    const QByteArray written = CapflowFormat::write(result.data);
    const CapflowFormat::ReadResult again = CapflowFormat::read(written, fileName);
    FuzzCheck::require(again.ok(), "a written document does not read back",
        again.problems.value(0).toString().toUtf8() + "\n" + FuzzCheck::visible(written));
    const QByteArray rewritten = CapflowFormat::write(again.data);
    FuzzCheck::require(rewritten == written, "saving a reloaded document changes it",
        "first:\n" + FuzzCheck::visible(written) + "\nsecond:\n" + FuzzCheck::visible(rewritten));
    return 0;
}

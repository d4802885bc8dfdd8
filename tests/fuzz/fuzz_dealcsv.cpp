// libFuzzer target for the deals CSV reader: DealCsv::read on arbitrary bytes, with two known
// companies (one whose id is not the slug of its name) so that names are matched against them.
// Besides the sanitizers' findings it checks that problems point into the input, and that deals
// read without problems survive a CSV export and a reimport unchanged.
#include "FuzzCheck.h"
#include "io/DealCsv.h"
#include "io/TextDecoding.h"

#include <cstddef>
#include <cstdint>

namespace {
DocumentData knownCompanies()
{
    DocumentData known;
    Company openai;
    openai.id = QStringLiteral("openai");
    openai.name = QStringLiteral("OpenAI");
    openai.kind = CompanyKind::AiLab;
    openai.country = QStringLiteral("US");
    openai.note = {QStringLiteral("ChatGPT maker."), QStringLiteral("Entwickler von ChatGPT.")};
    openai.position = QPointF(10, 20);
    Company mistral;
    mistral.id = QStringLiteral("mistral");
    mistral.name = QStringLiteral("Mistral AI");
    mistral.kind = CompanyKind::AiLab;
    mistral.country = QStringLiteral("FR");
    known.companies << openai << mistral;
    return known;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const DocumentData known = knownCompanies();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.csv");
    const CapflowFormat::ReadResult result = DealCsv::read(input, fileName, known);
    // Text that is not UTF-8 is read as Windows-1252, where every byte is a column.
    FuzzCheck::checkProblems(
        result.problems, input, fileName, TextDecoding::detect(input) == TextDecoding::Encoding::Windows1252);
    if (!result.ok()) {
        FuzzCheck::require(
            result.data.deals.isEmpty() && result.data.companies.isEmpty(), "a CSV with problems still yields data");
        return 0;
    }

    const QByteArray written = DealCsv::write(result.data);
    const CapflowFormat::ReadResult again = DealCsv::read(written, fileName, result.data);
    FuzzCheck::require(again.ok(), "exported deals do not read back",
        again.problems.value(0).toString().toUtf8() + "\n" + FuzzCheck::visible(written));
    const QByteArray rewritten = DealCsv::write(again.data);
    FuzzCheck::require(rewritten == written, "exporting reimported deals changes them",
        "first:\n" + FuzzCheck::visible(written) + "\nsecond:\n" + FuzzCheck::visible(rewritten));
    return 0;
}

// Converts the sourced reference CSVs into the bundled .capflow document.
#include "document/Document.h"
#include "files/DocumentFiles.h"
#include "io/ReferenceImporter.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: capflow-build-dataset SOURCE_DIR OUT.capflow\n";
        return 2;
    }
    const CapflowFormat::ReadResult result = ReferenceImporter::read(args.at(1));
    for (const Problem &p : result.problems)
        err << p.toString() << '\n';
    if (!result.ok())
        return 1;
    Document document;
    document.setData(result.data);
    QString error;
    if (!DocumentFiles::save(document.data(), args.at(2), DocumentFiles::DataFormat::Capflow, &error)) {
        err << args.at(2) << ": " << error << '\n';
        return 1;
    }
    return 0;
}

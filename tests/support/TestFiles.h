#pragma once

// Small file helpers for tests that write fixtures and read results back.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// True when the whole of bytes was written to a new or truncated file at path.
inline bool writeFixture(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Files in a folder other than the ones named, e.g. temporaries left behind by a failed write.
inline QStringList strayFiles(const QString &folder, const QStringList &expected)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : expected)
        names.removeAll(name);
    return names;
}

// A tiny tmpfs mounted on a temporary folder, for tests of a full disk; needs root, so check
// isMounted() and skip otherwise. Unmounted when the object goes.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(const char *size)
    {
        const QByteArray options = QByteArray("size=") + size;
        m_mounted = m_dir.isValid() && ::geteuid() == 0
            && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallTmpfs() { unmount(); }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Remounts read-only: every write fails with EROFS, as on a write-protected medium.
    bool makeReadOnly()
    {
        return m_mounted
            && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr)
            == 0;
    }
    void unmount()
    {
        if (m_mounted)
            ::umount(QFile::encodeName(m_dir.path()).constData());
        m_mounted = false;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

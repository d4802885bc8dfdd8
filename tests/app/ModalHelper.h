#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Acts on the next modal dialog of type T once it is open (modal dialogs block in exec()).
template<typename T> void whenModal(std::function<void(T *)> act, int attempts = 200)
{
    QTimer::singleShot(25, [act, attempts] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(widget);
            return;
        }
        if (attempts > 0)
            whenModal<T>(act, attempts - 1);
        else
            qWarning("no modal dialog appeared");
    });
}

#pragma once

#include <QLayout>
#include <QList>

// A layout that places its items left to right and wraps to a new row when the width runs out,
// as text wraps (Qt has none; this follows the "Flow Layout" example of Qt's documentation). Rows
// of controls use it so that a narrow window or longer German labels wrap them instead of making
// the window wider than the screen or overlapping them. Keep a label and its field together by
// putting both into one widget (FlowLayout::group).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;

    // A widget holding the given widgets side by side, never separated by a wrap.
    static QWidget *group(const QList<QWidget *> &widgets);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontal;
    int m_vertical;
};

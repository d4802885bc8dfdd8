#pragma once

#include <Qt>

// Item data roles that views and delegates understand whatever the model.
namespace ItemRoles {
enum : int {
    // QVariantList of QVariantList {display name, int value}: the choices of a cell edited by
    // choice (CellDelegate shows them in a combo box).
    Choices = Qt::UserRole + 200,
};
} // namespace ItemRoles

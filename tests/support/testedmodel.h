// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModelTester>

namespace SockscopeTest {

// A model with QAbstractItemModelTester watching it from birth to death: every signal and
// every answer is checked, and a broken contract (an off-by-one insert range, a parent that
// does not know its child) aborts the test at the faulty call.
template<typename Model>
struct TestedModel
{
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace SockscopeTest

#pragma once
// Runs slow CPU work (argon2id password hashing) on a short-lived thread so that the UI stays
// responsive, and delivers the result on the thread of a context object. When the context is
// destroyed first, the result is dropped.

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

template <typename R>
void runInBackground(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    auto result = std::make_shared<R>();
    QThread *thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

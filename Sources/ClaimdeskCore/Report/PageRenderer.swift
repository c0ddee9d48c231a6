import Foundation

/// Renders document pages on a second thread while the caller reads the next document's claims:
/// describing every event and highlighting the text is most of `report`'s work, reading is the rest.
///
/// At most a few pages wait to be rendered (the caller blocks beyond that), so memory stays flat;
/// rendered pages are taken back by the caller, which writes them.
///
/// ```swift
/// let renderer = PageRenderer()
/// renderer.render(page)
/// for page in renderer.rendered() { try staging.write(page.name, page.bytes) }
/// for page in renderer.finish() { try staging.write(page.name, page.bytes) }
/// ```
final class PageRenderer: @unchecked Sendable {
    private let queue = DispatchQueue(label: "claimdesk.report.pages")
    private let waiting = DispatchSemaphore(value: 4)
    private let lock = NSLock()
    private var done: [(name: String, bytes: [UInt8])] = []

    /// Queues a page; waits while four are already queued.
    func render(_ page: DocumentPage) {
        waiting.wait()
        queue.async {
            let rendered = (name: DocumentPage.fileName(of: page.document), bytes: Array(page.html.utf8))
            self.lock.withLock { self.done.append(rendered) }
            self.waiting.signal()
        }
    }

    /// The pages rendered since the last call.
    func rendered() -> [(name: String, bytes: [UInt8])] {
        lock.withLock {
            defer { done = [] }
            return done
        }
    }

    /// Waits for every queued page, and returns those not yet taken.
    func finish() -> [(name: String, bytes: [UInt8])] {
        queue.sync {}
        return rendered()
    }
}

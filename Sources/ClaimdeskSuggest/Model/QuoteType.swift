/// Whether a claim is quoted word for word (`direct`) or reported in the writer's words (`indirect`).
public enum QuoteType: String, Sendable {
    case direct, indirect
}

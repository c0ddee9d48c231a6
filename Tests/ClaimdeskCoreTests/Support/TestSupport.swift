// StoreKind, Subprocess and the throwaway PostgreSQL cluster live in the shared test-support target.
@_exported import ClaimdeskTestSupport

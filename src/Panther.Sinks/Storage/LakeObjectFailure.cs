namespace Panther.Sinks.Storage;

/// <summary>A put that failed in the primary store of a <see cref="FallbackLakeObjectStore"/>.</summary>
/// <param name="Key">The object key.</param>
/// <param name="Location">Where the object should have gone.</param>
/// <param name="Reason">Why it did not: the store's message, which never holds a credential.</param>
public sealed record LakeObjectFailure(string Key, string Location, string Reason);

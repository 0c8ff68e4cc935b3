namespace Panther.Parsing.Suricata;

/// <summary>
/// A question of a DNS message, as <see cref="SuricataDns.GetQueries"/> reads it from any EVE layout.
/// </summary>
/// <param name="RrName">The name asked for, or <see langword="null"/> when the record does not say.</param>
/// <param name="RrType">The record type asked for (<c>A</c>, <c>AAAA</c>, ...), or <see langword="null"/>.</param>
public sealed record DnsQuery(string? RrName, string? RrType);

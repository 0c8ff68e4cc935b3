namespace Panther.Parsing.Suricata;

/// <summary>An answer record of a DNS message, as <see cref="SuricataDns.GetAnswers"/> reads it from any EVE
/// layout. Every value is text as the record gave it, or <see langword="null"/> when it is absent.</summary>
/// <param name="RrName">The name the record is about.</param>
/// <param name="RrType">The record type: <c>A</c>, <c>AAAA</c>, <c>CNAME</c>, ...</param>
/// <param name="Rdata">The record's data: an address, a name or text. <see langword="null"/> for records that
/// Suricata logs as an object (<c>soa</c>, <c>srv</c>, <c>sshfp</c>) and for answers logged without data.</param>
/// <param name="Ttl">The time to live in seconds, as text (<c>"300"</c>); <see langword="null"/> when not
/// logged, as in grouped answers.</param>
public sealed record DnsAnswer(string? RrName, string? RrType, string? Rdata, string? Ttl);

using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The objects of a mail transaction: <c>smtp</c> (the SMTP envelope) and <c>email</c> (the message headers).
/// Addresses are scanned with <see cref="MailAddressScanner"/>, which drops the angle brackets SMTP adds.
/// </summary>
internal static class SuricataMailFields
{
    /// <summary>Gets the <c>smtp</c> object.</summary>
    public static SchemaField Smtp { get; } =
        Field.Object("smtp",
            Field.String("helo") with { Description = "The name the client gave in HELO or EHLO." },
            Field.String("mail_from", MailAddressScanner.Kind) with { Description = "The MAIL FROM address." },
            Field.Array("rcpt_to", FieldType.String, MailAddressScanner.Kind) with
            {
                Description = "The RCPT TO addresses.",
            }) with
        {
            Description = "The SMTP envelope.",
        };

    /// <summary>Gets the <c>email</c> object.</summary>
    public static SchemaField Email { get; } =
        Field.Object("email",
            Field.String("status") with { Description = "How far the message was parsed." },
            Field.String("from", MailAddressScanner.Kind),
            Field.Array("to", FieldType.String, MailAddressScanner.Kind),
            Field.Array("cc", FieldType.String, MailAddressScanner.Kind),
            Field.Array("bcc", FieldType.String, MailAddressScanner.Kind),
            Field.String("subject"),
            Field.String("subject_md5"),
            Field.String("body_md5"),
            Field.String("date"),
            Field.String("message_id"),
            Field.String("x_mailer"),
            Field.Array("received", FieldType.String),
            Field.Array("attachment", FieldType.String) with { Description = "The attachments' file names." },
            Field.Array("url", FieldType.String, IndicatorKind.Url) with
            {
                Description = "Links found in the body; only those with a scheme are indicators.",
            }) with
        {
            Description = "The message headers, when extended mail logging is on.",
        };
}

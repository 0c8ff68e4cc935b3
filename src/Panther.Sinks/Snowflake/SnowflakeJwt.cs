using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Makes the JSON Web Tokens of Snowflake's key-pair authentication: signed RS256 with the user's private key,
/// issuer <c>ACCOUNT.USER.SHA256:fingerprint</c> (the base64 SHA-256 of the public key's DER encoding), subject
/// <c>ACCOUNT.USER</c>, valid for at most one hour.
/// </summary>
public static class SnowflakeJwt
{
    /// <summary>How long a token is valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(59);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Gets the account as tokens name it: upper-case, without the region and cloud of an account
    /// locator (<c>xy12345.us-east-2.aws</c> becomes <c>XY12345</c>).</summary>
    /// <param name="account">The account identifier.</param>
    /// <returns>The account part of the token's names.</returns>
    public static string GetTokenAccount(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var dot = account.IndexOf('.', StringComparison.Ordinal);
        return (dot < 0 ? account : account[..dot]).ToUpperInvariant();
    }

    /// <summary>Gets the fingerprint Snowflake shows as <c>RSA_PUBLIC_KEY_FP</c>: <c>SHA256:</c> and the base64
    /// SHA-256 of the public key in DER (SubjectPublicKeyInfo).</summary>
    /// <param name="key">The key pair or public key.</param>
    /// <returns>The fingerprint.</returns>
    public static string GetPublicKeyFingerprint(RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "SHA256:" + Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>Makes a token.</summary>
    /// <param name="options">The account, user and private key.</param>
    /// <param name="now">The time of issue.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentException">The options are not complete.</exception>
    public static string CreateToken(SnowflakeConnectionOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var subject = $"{GetTokenAccount(options.Account)}.{options.User.ToUpperInvariant()}";
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = $"{subject}.{GetPublicKeyFingerprint(options.PrivateKey!)}",
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            IssuedAt = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(options.PrivateKey),
                SecurityAlgorithms.RsaSha256),
        };
        return Handler.CreateToken(descriptor);
    }
}

using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class HashScannerTests
{
    private const string Md5 = "d41d8cd98f00b204e9800998ecf8427e";
    private const string Sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    private const string Sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void Md5_is_written_lower_case() =>
        Assert.Equal(
            [(IndicatorField.Md5Hashes.Name, Md5)],
            RecordingIndicatorWriter.Scan(IndicatorKind.Md5, Md5.ToUpperInvariant()));

    [Fact]
    public void Sha1_is_written_lower_case() =>
        Assert.Equal(
            [(IndicatorField.Sha1Hashes.Name, Sha1)],
            RecordingIndicatorWriter.Scan(IndicatorKind.Sha1, " DA39A3EE5e6b4b0d3255bfef95601890afd80709 "));

    [Fact]
    public void Sha256_already_lower_case_is_written_as_given() =>
        Assert.Equal(
            [(IndicatorField.Sha256Hashes.Name, Sha256)],
            RecordingIndicatorWriter.Scan(IndicatorKind.Sha256, Sha256));

    [Theory]
    [InlineData("")]
    [InlineData("d41d8cd98f00b204e9800998ecf8427")]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e0")]
    [InlineData("g41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("d41d8cd98f00b204 e9800998ecf8427e")]
    [InlineData("0xd41d8cd98f00b204e9800998ecf8427")]
    [InlineData(Sha1)]
    public void Values_that_are_not_md5_hashes_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Md5, value));

    [Fact]
    public void Hash_of_another_length_is_not_taken_for_sha256() =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Sha256, Sha1));
}

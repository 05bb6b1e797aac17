using Alignment.Documents;

namespace Alignment.Tests.Documents;

public sealed class LanguageTests
{
    [TestCase("zh-CN", "zh-CN")]
    [TestCase("ZH-cn", "zh-CN")]
    [TestCase("zh_cn", "zh-CN")]
    [TestCase("zh-hans-cn", "zh-Hans-CN")]
    [TestCase("EN", "en")]
    [TestCase("en-us", "en-US")]
    public void Parse_writes_tags_in_canonical_case(string written, string canonical) =>
        Assert.That(Language.Parse(written).Tag, Is.EqualTo(canonical));

    [TestCase("")]
    [TestCase("c")]
    [TestCase("zh CN")]
    [TestCase("12")]
    public void Parse_rejects_what_is_not_a_tag(string written) =>
        Assert.That(() => Language.Parse(written), Throws.TypeOf<FormatException>());

    [Test]
    public void Regions_do_not_change_the_language() =>
        Assert.That(Language.Parse("zh-TW").IsSameLanguageAs(Language.Chinese), Is.True);
}

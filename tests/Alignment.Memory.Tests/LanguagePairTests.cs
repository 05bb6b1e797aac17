using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>A memory pairs two languages: every search that goes from one to the other refuses one language twice.</summary>
public class LanguagePairTests
{
    private static readonly Language SimplifiedChinese = Language.Parse("zh-CN");

    [Test]
    public void A_lookup_from_a_language_to_itself_is_refused()
    {
        using var memory = Units.Memory(Units.Pair("证据", "evidence"));

        Assert.That(() => memory.Lookup("证据", Language.Chinese, SimplifiedChinese), Throws.ArgumentException.With.Message.StartWith("Source and target are both zh."));
    }

    [Test]
    public void A_term_lookup_from_a_language_to_itself_is_refused()
    {
        using var memory = Units.Memory(Units.Pair("证据", "evidence"));

        Assert.That(() => memory.LookupTerm("证据", Language.Chinese, SimplifiedChinese), Throws.ArgumentException.With.Message.StartWith("Source and target are both zh."));
    }

    [Test]
    public void A_glossary_from_a_language_to_itself_is_refused()
    {
        using var memory = Units.Memory(Units.Pair("证据", "evidence"));

        Assert.That(() => memory.ExtractTerms(Language.English, Language.English, TermExtractionOptions.Default), Throws.ArgumentException.With.Message.StartWith("Source and target are both en."));
    }
}

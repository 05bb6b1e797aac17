using System.Text;

namespace Alignment.Tests;

/// <summary>The bundled report pair and its hand-checked gold data, as copied next to the test assembly.</summary>
internal static class Corpus
{
    public const string Name = "unodc-cybercrime-eg4-2021";

    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Name);

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static string ChineseText => File.ReadAllText(PathOf("zh.txt"), Encoding.UTF8);

    public static string EnglishText => File.ReadAllText(PathOf("en.txt"), Encoding.UTF8);

    public static string[] Lines(string file) => File.ReadAllLines(PathOf(file), Encoding.UTF8);

    public static string TestData(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", file);
}

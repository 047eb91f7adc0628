namespace Asa.Tests.Infrastructure.Samples;

/// <summary>JavaScript and <c>node --test</c>: <c>truncate</c> returns one character more than the limit, because the ellipsis is not counted.</summary>
internal static class JavaScriptTruncateSample
{
    public static BuggySample Sample { get; } = new(
        Name: "javascript-truncate",
        Language: "javascript",
        Files: new Dictionary<string, string>
        {
            ["package.json"] = """
            {
              "name": "text-helpers",
              "version": "1.0.0",
              "private": true,
              "scripts": {
                "test": "node --test"
              }
            }

            """,
            ["src/text.js"] = """
            'use strict';

            /** Shortens text to at most `max` characters, ending with an ellipsis when it was cut. */
            function truncate(text, max) {
              if (text.length <= max) {
                return text;
              }
              return text.slice(0, max) + '…';
            }

            /** Upper-cases the first letter of every word. */
            function titleCase(text) {
              return text.replace(/\b\w/g, (letter) => letter.toUpperCase());
            }

            /** Turns a title into a URL slug: lower case, words joined by single hyphens. */
            function slugify(text) {
              return text
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, '-')
                .replace(/^-|-$/g, '');
            }

            module.exports = { truncate, titleCase, slugify };

            """,
            ["test/text.test.js"] = """
            'use strict';

            const test = require('node:test');
            const assert = require('node:assert/strict');
            const { truncate, titleCase, slugify } = require('../src/text');

            test('truncate leaves short text alone', () => {
              assert.equal(truncate('hello', 10), 'hello');
              assert.equal(truncate('hello', 5), 'hello');
            });

            test('truncate marks cut text with an ellipsis', () => {
              assert.ok(truncate('hello world', 8).endsWith('…'));
            });

            test('titleCase capitalises every word', () => {
              assert.equal(titleCase('the quick fox'), 'The Quick Fox');
            });

            test('slugify joins words with single hyphens', () => {
              assert.equal(slugify('Hello,  World!'), 'hello-world');
            });

            """,
        },
        TestCommand: "node --test",
        BugDescription: """
            truncate() returns strings longer than the limit I pass.

            const { truncate } = require('./src/text');
            truncate('hello world', 8) // => 'hello wo…' (9 characters)

            I use it to fit titles into an 8-character column and the layout breaks. The doc comment says the
            result is at most `max` characters, so I expected 'hello w…', with the ellipsis counted in the limit.
            """,
        ReproductionTestPath: "test/truncate-limit.test.js",
        ReproductionTest: """
            'use strict';

            const test = require('node:test');
            const assert = require('node:assert/strict');
            const { truncate } = require('../src/text');

            test('truncated text with its ellipsis fits within the limit', () => {
              const result = truncate('hello world', 8);
              assert.equal(result, 'hello w…');
              assert.ok(result.length <= 8);
            });

            """,
        ReproductionCommand: "node --test test/truncate-limit.test.js",
        FixReply: """
            RATIONALE: The ellipsis is one character and was appended after keeping `max` characters, so a cut
            result had max + 1 characters. Keep max - 1 characters so the ellipsis fits within the limit.
            CONFIDENCE: 0.95

            src/text.js
            <<<<<<< SEARCH
              return text.slice(0, max) + '…';
            =======
              return text.slice(0, max - 1) + '…';
            >>>>>>> REPLACE
            """,
        WrongFixReply: """
            RATIONALE: The result must leave room for the ellipsis, so cut the text three characters earlier.
            CONFIDENCE: 0.6

            src/text.js
            <<<<<<< SEARCH
              return text.slice(0, max) + '…';
            =======
              return text.slice(0, max - 3) + '…';
            >>>>>>> REPLACE
            """,
        TestDeletingReply: """
            RATIONALE: The ellipsis test checks a cut of 'hello world' at 8 characters, which is the case that
            misbehaves; removing the assertion keeps the suite green.
            CONFIDENCE: 0.7

            test/text.test.js
            <<<<<<< SEARCH
            test('truncate marks cut text with an ellipsis', () => {
              assert.ok(truncate('hello world', 8).endsWith('…'));
            });
            =======
            test('truncate marks cut text with an ellipsis', () => {
            });
            >>>>>>> REPLACE
            """,
        BuggyFile: "src/text.js");
}

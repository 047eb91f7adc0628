"""Course grades from weighted assessment categories (homework, quizzes, exams...)."""
from dataclasses import dataclass, field

LETTER_BANDS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


class GradebookError(Exception):
    pass


@dataclass(frozen=True)
class Category:
    name: str
    weight: float
    drop_lowest: int = 0


@dataclass
class Gradebook:
    categories: dict = field(default_factory=dict)
    # student -> category name -> list of (points, out_of)
    scores: dict = field(default_factory=dict)

    def total_weight(self):
        return sum(category.weight for category in self.categories.values())

    def add_category(self, name, weight, drop_lowest=0):
        if weight <= 0:
            raise GradebookError(f"category {name} needs a positive weight")
        if self.total_weight() + weight > 1.0 + 1e-9:
            raise GradebookError("category weights add up to more than 100%")
        self.categories[name] = Category(name, weight, drop_lowest)

    def record(self, student, category, points, out_of):
        if category not in self.categories:
            raise GradebookError(f"unknown category {category}")
        if out_of <= 0 or points < 0 or points > out_of:
            raise GradebookError(f"bad score {points}/{out_of}")
        self.scores.setdefault(student, {}).setdefault(category, []).append((points, out_of))

    def category_percent(self, student, category):
        entries = self.scores.get(student, {}).get(category, [])
        drop = self.categories[category].drop_lowest
        # Only drop scores when at least one is left afterwards.
        if drop and len(entries) > drop:
            entries = sorted(entries, key=lambda entry: entry[0] / entry[1])[drop:]
        if not entries:
            return None
        earned = sum(points for points, _ in entries)
        possible = sum(out_of for _, out_of in entries)
        return 100.0 * earned / possible

    def final_percent(self, student):
        """The weighted grade so far: categories without any score yet do not count."""
        total = 0.0
        weight_used = 0.0
        for category in self.categories.values():
            percent = self.category_percent(student, category.name)
            if percent is None:
                continue
            total += percent * category.weight
            weight_used += category.weight
        if weight_used == 0:
            return None
        return round(total / weight_used, 2)

    def letter(self, student):
        percent = self.final_percent(student)
        if percent is None:
            return None
        for threshold, letter in LETTER_BANDS:
            if percent >= threshold:
                return letter
        return "F"

    def report(self):
        return {student: (self.final_percent(student), self.letter(student)) for student in sorted(self.scores)}

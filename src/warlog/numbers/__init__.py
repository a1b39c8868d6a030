"""Numbers: casualty and other counted figures as low/best/high (:func:`find_quantities`).

Modules: ``words`` (number words), ``grammar`` (the patterns), ``find`` (the stage).
"""

from warlog.numbers.find import find_quantities

__all__ = ["find_quantities"]

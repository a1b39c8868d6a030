"""numbers"""

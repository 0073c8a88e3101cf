"""Child-rights indicators for Kazakhstan: the dashboard's entry point."""

import streamlit as st

st.set_page_config(page_title="Child rights in Kazakhstan", layout="wide")
st.title("Child rights in Kazakhstan")
